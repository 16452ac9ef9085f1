/**
 * "Copy link", "Copy citation" and "Print" on an entry page, which ships no React runtime: plain
 * buttons, and one small inline script (below) that gives them their behaviour. Without JavaScript
 * the group stays hidden (the link and the citation are on the page as text anyway).
 */

const TOOLS_ID = 'share-tools';
export const COPY_FAILED = 'Could not copy: select the text and copy it by hand';

export function ShareTools({ url, citation, nonce }: { url: string; citation: string; nonce: string | undefined }) {
  return (
    <>
      <div className="entry-tools" id={TOOLS_ID} aria-label="Share this entry" role="group" hidden>
        <CopyButton text={url} label="Copy link" copiedLabel="Link copied" />
        <CopyButton text={citation} label="Copy citation" copiedLabel="Citation copied" />
        <button type="button" className="button" data-print="">
          Print
        </button>
      </div>
      {/* Right after the group, so it shows before the first paint: no layout shift. */}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SHARE_TOOLS_SCRIPT }} />
    </>
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

/**
 * The buttons' behaviour. It runs in the browser as the text of an inline script, so it must stay
 * self-contained: no imports, no names from outside the function.
 */
function enhanceShareTools(toolsId: string, failed: string) {
  const tools = document.getElementById(toolsId);
  if (!tools) return;
  const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  const say = (status: Element, text: string) => {
    clearTimeout(timers.get(status));
    status.textContent = text;
    timers.set(
      status,
      setTimeout(() => (status.textContent = ''), 4000),
    );
  };
  // Where the async clipboard is unavailable (plain http on another host, older browsers).
  const copyWithSelection = (text: string) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  };
  tools.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (button.hasAttribute('data-print')) return window.print();
    const text = button.getAttribute('data-copy');
    const status = button.nextElementSibling;
    if (text === null || !status) return;
    const done = (copied: boolean) => say(status, copied ? (button.getAttribute('data-copied') ?? '') : failed);
    const fallback = () => done(copyWithSelection(text));
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(() => done(true), fallback);
    else fallback();
  });
  tools.hidden = false;
}

export const SHARE_TOOLS_SCRIPT = `(${enhanceShareTools.toString()})(${JSON.stringify(TOOLS_ID)},${JSON.stringify(COPY_FAILED)})`;
