/**
 * A file that cannot be read as input, said the way every other problem is
 * said: what is wrong and what to do, without the system's own error text.
 * Thrown by the file effects (a folder, a pipe, no permission) and by the
 * CSV reader (not UTF-8, a row over the length limit), with the row when
 * one is at fault; the reader of the file reports it and rejects the file.
 */
export class InputError extends Error {
  readonly row: number | undefined;

  constructor(message: string, row?: number) {
    super(message);
    this.name = "InputError";
    this.row = row;
  }
}
