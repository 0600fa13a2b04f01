/* Dasbor IPP: resizes the dashboard's embeds (iframes with data-ipp-embed) to
   the height each posts, {"datawrapper-height": {"<chart>": px}}. No data is
   sent anywhere; one listener however often the script is included. */
(function () {
  if (window.ippEmbed) return;
  window.ippEmbed = 1;
  function frames() {
    return document.querySelectorAll("iframe[data-ipp-embed]");
  }
  addEventListener("message", function (e) {
    var d = e.data,
      h = d && typeof d === "object" ? d["datawrapper-height"] : null;
    if (!h || typeof h !== "object") return;
    var f = frames();
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow !== e.source) continue;
      for (var k in h) {
        var px = Number(h[k]);
        if (px > 0 && px < 30000) f[i].style.height = Math.ceil(px) + "px";
      }
    }
  });
  // Frames loaded before this script have already posted: ask them again.
  function ask() {
    var f = frames();
    for (var i = 0; i < f.length; i++)
      if (f[i].contentWindow) f[i].contentWindow.postMessage({ "ipp-embed": "tinggi" }, "*");
  }
  ask();
  if (document.readyState !== "complete") addEventListener("load", ask);
})();
