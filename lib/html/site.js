// @ts-check
// The site's one script, served as /site.js (lib/html/assets.ts) and run after the page is parsed.
// Every page is complete without it: it only makes some things quicker or handier.
//   - Share tools on an entry page: Copy link, Copy citation, Print.
//   - The search form: results follow the typing (debounced), the URL is replaced, no full reload.
(() => {
  const COPY_FAILED = 'Could not copy: select the text and copy it by hand';

  /** Says `text` in a status element for a few seconds. */
  const timers = new WeakMap();
  function say(/** @type {Element} */ status, /** @type {string} */ text) {
    clearTimeout(timers.get(status));
    status.textContent = text;
    timers.set(
      status,
      setTimeout(() => (status.textContent = ''), 4000),
    );
  }

  // Where the async clipboard is unavailable (plain http on another host, older browsers).
  function copyWithSelection(/** @type {string} */ text) {
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
  }

  function shareTools() {
    const tools = document.getElementById('share-tools');
    if (!tools) return;
    tools.addEventListener('click', (event) => {
      const button = /** @type {Element} */ (event.target).closest('button');
      if (!button) return;
      if (button.hasAttribute('data-print')) return window.print();
      const text = button.getAttribute('data-copy');
      const status = button.nextElementSibling;
      if (text === null || !status) return;
      const done = (/** @type {boolean} */ copied) => say(status, copied ? (button.getAttribute('data-copied') ?? '') : COPY_FAILED);
      const fallback = () => done(copyWithSelection(text));
      if (navigator.clipboard) navigator.clipboard.writeText(text).then(() => done(true), fallback);
      else fallback();
    });
    tools.hidden = false;
  }

  const DEBOUNCE_MS = 300;

  /**
   * A form marked `data-live` updates the region `data-live` names (e.g. the results) as its fields
   * change: the page at the form's URL is fetched and the region swapped in, so focus and the caret
   * stay in the query box. Any failure falls back to an ordinary page load.
   */
  function liveForm(/** @type {HTMLFormElement} */ form) {
    const regionId = form.dataset.live;
    if (!regionId) return;
    let timer = 0;
    let latest = 0;
    const target = () => {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
      const qs = params.toString();
      return qs ? `${form.action}?${qs}` : form.action;
    };
    const update = async (/** @type {'push' | 'replace'} */ mode) => {
      clearTimeout(timer);
      const url = target();
      const request = ++latest;
      form.setAttribute('aria-busy', 'true');
      try {
        const response = await fetch(url, { headers: { Accept: 'text/html' } });
        if (!response.ok && response.status !== 404) throw new Error(String(response.status));
        const next = new DOMParser().parseFromString(await response.text(), 'text/html');
        if (request !== latest) return; // a newer update is on its way
        const region = next.getElementById(regionId);
        const current = document.getElementById(regionId);
        if (!region || !current) throw new Error('no region');
        current.replaceWith(document.adoptNode(region));
        document.title = next.title;
        history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
      } catch {
        window.location.assign(url);
      } finally {
        if (request === latest) form.removeAttribute('aria-busy');
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void update('push');
    });
    form.addEventListener('input', (event) => {
      const field = /** @type {HTMLInputElement} */ (event.target);
      clearTimeout(timer);
      if (field.type === 'search' || field.type === 'text') timer = window.setTimeout(() => void update('replace'), DEBOUNCE_MS);
    });
    form.addEventListener('change', (event) => {
      const field = /** @type {HTMLInputElement} */ (event.target);
      if (field.type !== 'search' && field.type !== 'text') void update('replace');
    });
    // Back and forward through pushed states: load what the URL says.
    window.addEventListener('popstate', () => window.location.reload());
  }

  shareTools();
  for (const form of document.querySelectorAll('form[data-live]')) liveForm(/** @type {HTMLFormElement} */ (form));
})();
