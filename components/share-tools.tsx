/**
 * "Copy link", "Copy citation" and "Print" on an entry page: plain buttons that the site's script
 * (lib/html/site.js) gives their behaviour and then shows. Without JavaScript the group stays
 * hidden (the link and the citation are on the page as text anyway).
 */
export function ShareTools({ url, citation }: { url: string; citation: string }) {
  return (
    <div className="entry-tools" id="share-tools" aria-label="Share this entry" role="group" hidden>
      <CopyButton text={url} label="Copy link" copiedLabel="Link copied" />
      <CopyButton text={citation} label="Copy citation" copiedLabel="Citation copied" />
      <button type="button" className="button" data-print="">
        Print
      </button>
    </div>
  );
}

/** A button that copies `text`; the script says so in the polite live region beside it. */
function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  return (
    <span className="copy">
      <button type="button" className="button" data-copy={text} data-copied={copiedLabel}>
        {label}
      </button>
      <span className="copy-status" role="status" aria-live="polite" />
    </span>
  );
}
