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
   * stay where they were. Any failure falls back to an ordinary page load.
   *
   * The search's filters (components/search/filters.tsx): on a desk each choice applies at once; on
   * a phone, where they are a sheet, choices only update the count on "Show N results", and that
   * button applies them. A preset of "Date issued" clears the typed dates; a typed date chooses
   * "Between dates".
   */
  function liveForm(/** @type {HTMLFormElement} */ form) {
    const regionId = form.dataset.live;
    if (!regionId) return;
    let timer = 0;
    let latest = 0;
    let counting = 0;
    const params = () => {
      const p = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim() !== '') p.append(name, value.trim());
      // One form of each date choice in the URL: a preset's name, or the dates typed.
      const issued = p.get('issued');
      if (issued === 'any' || issued === 'custom') p.delete('issued');
      else if (issued) {
        p.delete('from');
        p.delete('to');
      }
      return p.toString();
    };
    const target = () => {
      const qs = params();
      return qs ? `${form.action}?${qs}` : form.action;
    };
    const filters = () => /** @type {HTMLDetailsElement | null} */ (form.querySelector('details.filters'));
    /** The filters are a sheet (a phone) rather than a column: their toggle is shown. */
    const asSheet = () => {
      const summary = filters()?.querySelector('summary');
      return !!summary && getComputedStyle(summary).display !== 'none';
    };
    const showButton = () => /** @type {HTMLButtonElement | null} */ (form.querySelector('[data-show-results]'));
    const label = (/** @type {number} */ n) => `Show ${n} ${n === 1 ? 'result' : 'results'}`;
    const labelShowButton = () => {
      const button = showButton();
      if (button?.dataset.total) button.textContent = label(Number(button.dataset.total));
    };
    const recount = async () => {
      const request = ++counting;
      try {
        const response = await fetch(`/api/search?${params()}`, { headers: { Accept: 'application/json' } });
        const total = response.ok ? (await response.json()).total : null;
        const button = showButton();
        if (request === counting && button) button.textContent = typeof total === 'number' ? label(total) : 'Show results';
      } catch {
        const button = showButton();
        if (button) button.textContent = 'Show results';
      }
    };
    const update = async (/** @type {'push' | 'replace'} */ mode) => {
      clearTimeout(timer);
      const url = target();
      const request = ++latest;
      const focused = document.activeElement;
      const focusId = focused && form.contains(focused) ? focused.id || (focused instanceof HTMLInputElement ? `${focused.name}=${focused.value}` : '') : '';
      const keepOpen = mode === 'replace' && !!filters()?.open;
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
        const details = filters();
        if (details && keepOpen) details.open = true;
        labelShowButton();
        // Focus back on the control that had it (a checkbox is known by its name and value).
        if (focusId && !form.contains(document.activeElement)) {
          const [name, value] = focusId.split('=');
          const again = value === undefined ? document.getElementById(focusId) : form.querySelector(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
          if (again instanceof HTMLElement) again.focus();
        }
        if (mode === 'push') document.getElementById('results-heading')?.scrollIntoView({ block: 'nearest' });
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
      if (field.type === 'search' || field.type === 'text') return;
      if (field.name === 'from' || field.name === 'to') {
        const custom = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="issued"][value="custom"]'));
        if (custom) custom.checked = true;
      } else if (field.name === 'issued' && field.value !== 'custom') {
        for (const date of form.querySelectorAll('input[name="from"], input[name="to"]')) /** @type {HTMLInputElement} */ (date).value = '';
      }
      if (field.closest('details.filters') && asSheet()) void recount();
      else void update('replace');
    });
    // The sheet: "Close" and Escape close it without a page load; opening it moves focus into it.
    form.addEventListener('click', (event) => {
      const close = /** @type {Element} */ (event.target).closest('.filters-close');
      const details = filters();
      if (!close || !details) return;
      event.preventDefault();
      details.open = false;
      details.querySelector('summary')?.focus();
    });
    form.addEventListener('keydown', (event) => {
      const details = filters();
      if (event.key === 'Escape' && details?.open && asSheet()) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    });
    form.addEventListener(
      'toggle',
      (event) => {
        const details = /** @type {HTMLDetailsElement} */ (event.target);
        if (details.matches?.('details.filters') && details.open && asSheet()) /** @type {HTMLElement | null} */ (details.querySelector('#filters-title'))?.focus();
      },
      true,
    );
    labelShowButton();
    // Back and forward through pushed states: load what the URL says.
    window.addEventListener('popstate', () => window.location.reload());
  }

  shareTools();
  for (const form of document.querySelectorAll('form[data-live]')) liveForm(/** @type {HTMLFormElement} */ (form));
})();
