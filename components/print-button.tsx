'use client';

/** Opens the browser's print dialog; the print stylesheet shows the entry alone, with its URL. */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print
    </button>
  );
}
