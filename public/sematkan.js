/* Dasbor IPP: an instansi page addressed as #sematkan-<part> is that part's embed.
   Marks it before the first paint (src/styles/embedFragment.css). */
(function (m) {
  if (m) document.documentElement.setAttribute("data-sematkan", m[1]);
})(/^#sematkan-(hasil|aspek|tren)$/.exec(location.hash));
