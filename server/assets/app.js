// rightslint serve: the page's behaviour. Plain JavaScript, no framework and no build step; it
// talks only to the server it came from (POST /api/check, /api/report, GET /api/rules).
//
// The editor is a <textarea>, so the user's text is kept exactly as typed (with the browser's own
// undo). Two layers repeat the text with identical font and wrapping and scroll with it: below,
// the coloured highlights, which the mouse finds through the textarea (elementsFromPoint), so
// that pointing at a finding shows its card and clicking it still places the caret; above, one
// transparent, focusable target per finding for the keyboard (Tab, Enter, Space), which lets the
// mouse through. Findings come with UTF-8 byte offsets into the text that was sent; they are
// converted once to the UTF-16 indexes of JavaScript strings.
'use strict';

(() => {
  // ---- Interface strings ------------------------------------------------------------------
  const STRINGS = {
    en: {
      tagline: 'Drug-policy language checked against the International Guidelines on Human Rights and Drug Policy',
      skipToText: 'Skip to the text',
      interfaceLanguage: 'Interface',
      textHeading: 'Your text',
      textLanguage: 'Language of the text',
      langAuto: 'Detect',
      openFile: 'Open a file…',
      dropHint: 'or drop a .docx, .odt, .pdf, .html, .md or .txt file here',
      dropNow: 'Drop the file to check it',
      placeholder: 'Paste an article or a draft law here, or drop a file.',
      textLabel: 'Text to check',
      keyboardHint: 'Tab moves from the text to each highlighted finding; Enter applies its first suggestion, Space lists them all, Escape closes the card.',
      summary: 'Summary',
      downloadReport: 'Download report',
      reportHtml: 'HTML (to read and print)',
      reportJson: 'JSON (for programs)',
      privacyHeading: 'Your drafts stay here',
      privacy: "The text is checked by the rightslint server on this machine or your organisation's. Nothing is stored or sent anywhere else, and the page loads nothing from the internet.",
      close: 'Close',
      quoted: 'This is inside quotation marks. If you are quoting someone, keep their words.',
      suggestions: 'Better wording',
      noSuggestion: 'No replacement wording: the clause itself is the problem. Read the guideline.',
      apply: 'Apply',
      applyLabel: 'Replace “{from}” with “{to}”',
      checking: 'Checking…',
      empty: 'Paste or type a text to check it.',
      findings: (n) => n === 0 ? 'No findings.' : n === 1 ? '1 finding' : `${n} findings`,
      noFindingsYet: 'Nothing to report yet.',
      loaded: 'Loaded {name}: {count}',
      reading: 'Reading {name}…',
      applied: 'Replaced with “{to}”.',
      serverError: 'The check failed: {message}',
      offline: 'The rightslint server does not answer. Is it still running?',
      guideline: 'Guideline',
      recommendation: 'Recommendation',
      recommendationValue: 'No. {n} of the regional report (2021)',
      place: 'Where',
      rule: 'Rule',
      found: 'Found',
      more: 'More',
      hitLabel: '{category}: “{text}”. {message}',
      severity: { info: 'note', warning: 'warning', error: 'error' },
      categories: {
        stigma: 'Stigmatising words',
        possession: 'Punishing personal use',
        propaganda: '“Propaganda” bans',
        'compulsory-treatment': 'Compulsory treatment',
        family: 'Family and children',
        'health-access': 'Access to health care',
        penalty: 'Disproportionate penalties',
      },
    },
    ru: {
      tagline: 'Язык наркополитики — в сверке с Международными руководящими принципами по правам человека и наркополитике',
      skipToText: 'К тексту',
      interfaceLanguage: 'Интерфейс',
      textHeading: 'Ваш текст',
      textLanguage: 'Язык текста',
      langAuto: 'Определить',
      openFile: 'Открыть файл…',
      dropHint: 'или перетащите сюда .docx, .odt, .pdf, .html, .md или .txt',
      dropNow: 'Отпустите файл, чтобы проверить его',
      placeholder: 'Вставьте сюда статью или законопроект либо перетащите файл.',
      textLabel: 'Текст для проверки',
      keyboardHint: 'Tab переходит от текста к каждой подсвеченной находке; Enter применяет первый вариант, Пробел показывает все, Escape закрывает карточку.',
      summary: 'Итоги',
      downloadReport: 'Скачать отчёт',
      reportHtml: 'HTML (читать и печатать)',
      reportJson: 'JSON (для программ)',
      privacyHeading: 'Черновики остаются у вас',
      privacy: 'Текст проверяет сервер rightslint на этом компьютере или в вашей организации. Ничего не сохраняется и никуда больше не отправляется, а страница ничего не загружает из интернета.',
      close: 'Закрыть',
      quoted: 'Это внутри кавычек. Если вы цитируете кого-то, оставьте его слова.',
      suggestions: 'Лучше сказать',
      noSuggestion: 'Готовой замены нет: проблема в самой норме. Прочитайте принцип.',
      apply: 'Применить',
      applyLabel: 'Заменить «{from}» на «{to}»',
      checking: 'Проверка…',
      empty: 'Вставьте или наберите текст, чтобы проверить его.',
      findings: (n) => n === 0 ? 'Ничего не найдено.' : `Находок: ${n}`,
      noFindingsYet: 'Пока нечего показать.',
      loaded: 'Загружен файл {name}: {count}',
      reading: 'Читаю {name}…',
      applied: 'Заменено на «{to}».',
      serverError: 'Проверка не удалась: {message}',
      offline: 'Сервер rightslint не отвечает. Он ещё работает?',
      guideline: 'Принцип',
      recommendation: 'Рекомендация',
      recommendationValue: '№ {n} регионального доклада (2021)',
      place: 'Где',
      rule: 'Правило',
      found: 'Найдено',
      more: 'Подробнее',
      hitLabel: '{category}: «{text}». {message}',
      severity: { info: 'заметка', warning: 'предупреждение', error: 'ошибка' },
      categories: {
        stigma: 'Стигматизирующие слова',
        possession: 'Наказание за употребление',
        propaganda: 'Запреты «пропаганды»',
        'compulsory-treatment': 'Принудительное лечение',
        family: 'Семья и дети',
        'health-access': 'Доступ к медицинской помощи',
        penalty: 'Несоразмерные наказания',
      },
    },
    uk: {
      tagline: 'Мова наркополітики — у звірці з Міжнародними керівними принципами щодо прав людини та наркополітики',
      skipToText: 'До тексту',
      interfaceLanguage: 'Інтерфейс',
      textHeading: 'Ваш текст',
      textLanguage: 'Мова тексту',
      langAuto: 'Визначити',
      openFile: 'Відкрити файл…',
      dropHint: 'або перетягніть сюди .docx, .odt, .pdf, .html, .md чи .txt',
      dropNow: 'Відпустіть файл, щоб перевірити його',
      placeholder: 'Вставте сюди статтю чи законопроєкт або перетягніть файл.',
      textLabel: 'Текст для перевірки',
      keyboardHint: 'Tab переходить від тексту до кожної підсвіченої знахідки; Enter застосовує перший варіант, Пробіл показує всі, Escape закриває картку.',
      summary: 'Підсумок',
      downloadReport: 'Завантажити звіт',
      reportHtml: 'HTML (читати й друкувати)',
      reportJson: 'JSON (для програм)',
      privacyHeading: 'Чернетки залишаються у вас',
      privacy: 'Текст перевіряє сервер rightslint на цьому комп’ютері або у вашій організації. Нічого не зберігається й нікуди більше не надсилається, а сторінка нічого не завантажує з інтернету.',
      close: 'Закрити',
      quoted: 'Це в лапках. Якщо ви когось цитуєте, залиште його слова.',
      suggestions: 'Краще сказати',
      noSuggestion: 'Готової заміни немає: проблема в самій нормі. Прочитайте принцип.',
      apply: 'Застосувати',
      applyLabel: 'Замінити «{from}» на «{to}»',
      checking: 'Перевірка…',
      empty: 'Вставте або наберіть текст, щоб перевірити його.',
      findings: (n) => n === 0 ? 'Нічого не знайдено.' : `Знахідок: ${n}`,
      noFindingsYet: 'Поки що нічого показати.',
      loaded: 'Завантажено файл {name}: {count}',
      reading: 'Читаю {name}…',
      applied: 'Замінено на «{to}».',
      serverError: 'Перевірка не вдалася: {message}',
      offline: 'Сервер rightslint не відповідає. Він ще працює?',
      guideline: 'Принцип',
      recommendation: 'Рекомендація',
      recommendationValue: '№ {n} регіональної доповіді (2021)',
      place: 'Де',
      rule: 'Правило',
      found: 'Знайдено',
      more: 'Докладніше',
      hitLabel: '{category}: «{text}». {message}',
      severity: { info: 'примітка', warning: 'попередження', error: 'помилка' },
      categories: {
        stigma: 'Стигматизувальні слова',
        possession: 'Покарання за вживання',
        propaganda: 'Заборони «пропаганди»',
        'compulsory-treatment': 'Примусове лікування',
        family: 'Сім’я та діти',
        'health-access': 'Доступ до медичної допомоги',
        penalty: 'Непропорційні покарання',
      },
    },
  };
  const CATEGORIES = ['stigma', 'possession', 'propaganda', 'compulsory-treatment', 'family',
                      'health-access', 'penalty'];
  const CHECK_DELAY_MS = 400;
  const LONG_SPAN = 80;  // UTF-16 units

  const $ = (id) => document.getElementById(id);
  const ta = $('text');
  const highlights = $('highlights');
  const hits = $('hits');
  const card = $('card');
  const statusLine = $('status');

  const state = {
    ui: 'en',
    findings: [],     // server findings, each with u16Start/u16End (and fix u16 range) added
    checkedText: '',  // the text the findings belong to
    filename: '',     // sent with re-checks: "article.md" keeps Markdown; '' is plain text
    documentName: '', // what the user opened, for the page and the report
    rules: new Map(), // rule id -> {why, url, …} from /api/rules
    seq: 0,
    controller: null,
    timer: 0,
    cardIndex: -1,    // the finding the card shows
    cardPinned: false,
    quietFocus: false, // the next focus on a target does not open the card (Escape returns there)
    statusKey: null,
  };

  // ---- i18n -------------------------------------------------------------------------------
  function t(key, params) {
    const table = STRINGS[state.ui] || STRINGS.en;
    let value = key.split('.').reduce((node, part) => node && node[part], table);
    if (value === undefined) value = key.split('.').reduce((node, part) => node && node[part], STRINGS.en);
    if (typeof value !== 'string') return value;
    return value.replace(/\{(\w+)\}/g, (_, name) => (params && name in params ? String(params[name]) : ''));
  }

  function categoryName(category) {
    return (STRINGS[state.ui].categories[category]) || category;
  }

  function pickUiLanguage() {
    let saved = null;
    try { saved = localStorage.getItem('rightslint.ui'); } catch (_) { /* storage off */ }
    if (saved && STRINGS[saved]) return saved;
    for (const tag of navigator.languages || [navigator.language || 'en']) {
      const base = String(tag).toLowerCase().split('-')[0];
      if (STRINGS[base]) return base;
    }
    return 'en';
  }

  function applyUiLanguage(lang) {
    state.ui = STRINGS[lang] ? lang : 'en';
    document.documentElement.lang = state.ui;
    $('ui-lang').value = state.ui;
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
      node.placeholder = t(node.dataset.i18nPlaceholder);
    }
    for (const node of document.querySelectorAll('[data-i18n-aria-label]')) {
      node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
    }
    renderSummary();
    renderHits();
    if (state.statusKey) setStatus(...state.statusKey);
    if (!card.hidden && state.cardIndex >= 0) fillCard(state.findings[state.cardIndex]);
  }

  // `params.n`, where given, is a number of findings, written out as {count}.
  function setStatus(key, params, isError) {
    state.statusKey = [key, params, isError];
    const values = params && typeof params === 'object' && 'n' in params
      ? { ...params, count: t('findings')(params.n) } : params;
    const value = typeof t(key) === 'function' ? t(key)(params) : t(key, values);
    statusLine.textContent = value;
    statusLine.classList.toggle('error', Boolean(isError));
  }

  // ---- Offsets ----------------------------------------------------------------------------
  // Lone surrogates cannot be sent as UTF-8; U+FFFD takes their place (same UTF-16 length).
  function wellFormed(text) {
    if (typeof text.toWellFormed === 'function') return text.toWellFormed();
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  }

  // Maps each UTF-8 byte offset of `offsets` into `text` to its UTF-16 index, in one pass.
  function byteOffsetsToUtf16(text, offsets) {
    const wanted = [...new Set(offsets)].sort((a, b) => a - b);
    const map = new Map();
    let bytes = 0;
    let index = 0;
    let k = 0;
    while (k < wanted.length) {
      if (bytes >= wanted[k] || index >= text.length) {
        map.set(wanted[k], index);
        k += 1;
        continue;
      }
      const unit = text.charCodeAt(index);
      if (unit < 0x80) {
        bytes += 1; index += 1;
      } else if (unit < 0x800) {
        bytes += 2; index += 1;
      } else if (unit >= 0xD800 && unit <= 0xDBFF && index + 1 < text.length &&
                 (text.charCodeAt(index + 1) & 0xFC00) === 0xDC00) {
        bytes += 4; index += 2;
      } else {
        bytes += 3; index += 1;
      }
    }
    return map;
  }

  function withUtf16Offsets(text, findings) {
    const offsets = [];
    for (const f of findings) {
      offsets.push(f.start.offset, f.end.offset);
      if (f.fix) offsets.push(f.fix.start, f.fix.end);
    }
    const map = byteOffsetsToUtf16(text, offsets);
    return findings
      .map((f) => ({
        ...f,
        u16Start: map.get(f.start.offset),
        u16End: map.get(f.end.offset),
        fixRange: f.fix ? [map.get(f.fix.start), map.get(f.fix.end)] : null,
      }))
      .filter((f) => f.u16End > f.u16Start)
      .sort((a, b) => a.u16Start - b.u16Start || b.u16End - a.u16End);
  }

  // After an edit, findings before it keep their place, findings after it move with it, and
  // findings it touched are dropped until the next check.
  function shiftFindings(oldText, newText) {
    let prefix = 0;
    const shortest = Math.min(oldText.length, newText.length);
    while (prefix < shortest && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix += 1;
    let suffix = 0;
    while (suffix < shortest - prefix &&
           oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
      suffix += 1;
    }
    const editEnd = oldText.length - suffix;
    const delta = newText.length - oldText.length;
    state.findings = state.findings.flatMap((f) => {
      if (f.u16End <= prefix) return [f];
      if (f.u16Start >= editEnd) {
        return [{
          ...f,
          u16Start: f.u16Start + delta,
          u16End: f.u16End + delta,
          fixRange: f.fixRange && f.fixRange[0] >= editEnd
            ? [f.fixRange[0] + delta, f.fixRange[1] + delta] : null,
        }];
      }
      return [];
    });
  }

  // ---- Rendering --------------------------------------------------------------------------
  // Builds both layers from the text and the findings. Findings are sorted by start; one that
  // starts inside another is nested in it and cut at its end, so the elements always nest.
  function renderLayers() {
    const text = ta.value;
    const lowFragment = document.createDocumentFragment();
    const highFragment = document.createDocumentFragment();
    const stack = [];  // {end, low, high}
    let position = 0;
    const containers = () => (stack.length
      ? [stack[stack.length - 1].low, stack[stack.length - 1].high]
      : [lowFragment, highFragment]);
    const emit = (upTo) => {
      if (upTo <= position) return;
      const piece = text.slice(position, upTo);
      const [low, high] = containers();
      low.appendChild(document.createTextNode(piece));
      high.appendChild(document.createTextNode(piece));
      position = upTo;
    };
    state.findings.forEach((f, index) => {
      if (f.u16Start < position && !stack.length) return;  // overlaps a closed one: skip
      while (stack.length && stack[stack.length - 1].end <= f.u16Start) {
        emit(stack[stack.length - 1].end);
        stack.pop();
      }
      emit(f.u16Start);
      const end = stack.length ? Math.min(f.u16End, stack[stack.length - 1].end) : f.u16End;
      const low = document.createElement('mark');
      low.className = `hl cat-${CATEGORIES.includes(f.category) ? f.category : 'other'} sev-${f.severity}`;
      // A clause finding can span a whole article: outlined, not filled, so the text stays readable.
      if (f.text.length > LONG_SPAN || f.text.includes('\n')) low.classList.add('long');
      low.dataset.index = String(index);
      const high = document.createElement('span');
      high.className = 'hit';
      high.tabIndex = 0;
      high.setAttribute('role', 'button');
      high.setAttribute('aria-haspopup', 'dialog');
      high.dataset.index = String(index);
      high.dataset.rule = f.rule;
      high.dataset.category = f.category;
      high.dataset.start = String(f.start.offset);
      high.dataset.end = String(f.end.offset);
      const [lowParent, highParent] = containers();
      lowParent.appendChild(low);
      highParent.appendChild(high);
      stack.push({ end, low, high });
    });
    while (stack.length) {
      emit(stack[stack.length - 1].end);
      stack.pop();
    }
    emit(text.length);
    // A final line break needs a character after it to take up a line, as it does in the textarea.
    const tail = text.endsWith('\n') || text === '' ? '\u200B' : '';
    if (tail) {
      lowFragment.appendChild(document.createTextNode(tail));
      highFragment.appendChild(document.createTextNode(tail));
    }
    highlights.replaceChildren(lowFragment);
    hits.replaceChildren(highFragment);
    renderHits();
    syncLayers();
  }

  // Labels of the focusable targets (they depend on the interface language).
  function renderHits() {
    for (const node of hits.querySelectorAll('.hit')) {
      const f = state.findings[Number(node.dataset.index)];
      if (!f) continue;
      node.setAttribute('aria-label', t('hitLabel', {
        category: categoryName(f.category), text: f.text, message: f.message,
      }));
    }
  }

  function syncLayers() {
    for (const layer of [highlights, hits]) {
      layer.style.top = `${ta.offsetTop + ta.clientTop}px`;
      layer.style.left = `${ta.offsetLeft + ta.clientLeft}px`;
      layer.style.width = `${ta.clientWidth}px`;
      layer.style.height = `${ta.clientHeight}px`;
      layer.scrollTop = ta.scrollTop;
      layer.scrollLeft = ta.scrollLeft;
    }
  }

  function renderSummary() {
    const counts = new Map();
    for (const f of state.findings) counts.set(f.category, (counts.get(f.category) || 0) + 1);
    const list = $('summary');
    list.replaceChildren();
    for (const category of CATEGORIES) {
      const n = counts.get(category) || 0;
      const item = document.createElement('li');
      item.dataset.category = category;
      if (!n) item.className = 'none';
      const swatch = document.createElement('span');
      swatch.className = `swatch cat-${category}`;
      const name = document.createElement('span');
      name.textContent = categoryName(category);
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(n);
      item.append(swatch, name, count);
      list.appendChild(item);
    }
    $('total').textContent = ta.value.trim() === '' ? t('noFindingsYet') : t('findings')(state.findings.length);
  }

  function setFindings(text, findings) {
    const focused = focusedFinding();
    state.checkedText = text;
    state.findings = withUtf16Offsets(text, findings);
    renderLayers();
    renderSummary();
    if (state.cardIndex >= 0) hideCard();
    if (focused) refocus(focused);
  }

  // ---- Checking ---------------------------------------------------------------------------
  // <body data-checks="N">: how many checks have been shown; the end-to-end tests wait on it.
  let checks = 0;
  function markChecked() {
    checks += 1;
    document.body.dataset.checks = String(checks);
  }

  function request(path, body, isForm) {
    const init = { method: 'POST', body };
    if (!isForm) init.headers = { 'Content-Type': 'application/json' };
    return fetch(path, init);
  }

  async function errorMessage(response) {
    try {
      const json = await response.json();
      if (json && json.error && json.error.message) return json.error.message;
    } catch (_) { /* not JSON */ }
    return `HTTP ${response.status}`;
  }

  function checkBody(text) {
    const body = { text, lang: $('text-lang').value };
    if (state.filename) body.filename = state.filename;
    return JSON.stringify(body);
  }

  function scheduleCheck() {
    clearTimeout(state.timer);
    state.timer = setTimeout(checkNow, CHECK_DELAY_MS);
  }

  async function checkNow() {
    clearTimeout(state.timer);
    const text = wellFormed(ta.value);
    const seq = ++state.seq;
    if (state.controller) state.controller.abort();
    if (text.trim() === '') {
      setFindings(text, []);
      setStatus('empty');
      markChecked();
      return;
    }
    const controller = new AbortController();
    state.controller = controller;
    setStatus('checking');
    try {
      const response = await fetch('/api/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: checkBody(text),
        signal: controller.signal,
      });
      if (seq !== state.seq) return;
      if (!response.ok) {
        setStatus('serverError', { message: await errorMessage(response) }, true);
        return;
      }
      const json = await response.json();
      // The user typed while we waited: a newer check is on its way.
      if (seq !== state.seq || wellFormed(ta.value) !== text) return;
      const file = json.files[0];
      setFindings(text, file.findings);
      setStatus('findings', file.findings.length);
      markChecked();
    } catch (error) {
      if (error.name === 'AbortError' || seq !== state.seq) return;
      setStatus('offline', null, true);
    }
  }

  async function upload(file) {
    const seq = ++state.seq;
    if (state.controller) state.controller.abort();
    setStatus('reading', { name: file.name });
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('lang', $('text-lang').value);
    try {
      const response = await request('/api/check', form, true);
      if (seq !== state.seq) return;
      if (!response.ok) {
        setStatus('serverError', { message: await errorMessage(response) }, true);
        return;
      }
      const json = await response.json();
      if (seq !== state.seq) return;
      const result = json.files[0];
      const name = file.name;
      // Markdown and plain text are checked as they are; the text of any other format has been
      // extracted, and edits are checked as plain text.
      state.filename = /\.(md|markdown|mdown|txt|text)$/i.test(name) ? name : '';
      state.documentName = name;
      const doc = $('document-name');
      doc.textContent = name;
      doc.hidden = false;
      ta.value = result.text;
      ta.scrollTop = 0;
      if (ta.value !== result.text) {
        // The textarea changed the text (line breaks \r\n become \n): check what it now holds.
        state.findings = [];
        renderLayers();
        checkNow();
        return;
      }
      setFindings(result.text, result.findings);
      setStatus('loaded', { name, n: result.findings.length });
      markChecked();
    } catch (_) {
      if (seq === state.seq) setStatus('offline', null, true);
    }
  }

  async function downloadReport(format) {
    const text = wellFormed(ta.value);
    try {
      const response = await request(`/api/report?format=${format}`, checkBody(text), false);
      if (!response.ok) {
        setStatus('serverError', { message: await errorMessage(response) }, true);
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      const stem = (state.documentName || 'text').replace(/\.[^.]*$/, '') || 'text';
      link.download = `${stem}.rightslint.${format}`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (_) {
      setStatus('offline', null, true);
    }
  }

  async function loadRules() {
    try {
      const response = await fetch('/api/rules');
      if (!response.ok) return;
      const json = await response.json();
      for (const rule of json.rules) state.rules.set(rule.id, rule);
    } catch (_) { /* the card then shows less */ }
  }

  // ---- Applying a suggestion --------------------------------------------------------------
  // What "Apply" inserts for suggestion `i`: the finding's safe fix where it has one for that
  // suggestion (it may reach beyond the span: "an addict" -> "a person who …"), else the
  // suggestion in place of the span, capitalised like the words it replaces.
  function edit(f, i) {
    const suggestion = f.suggestions[i];
    if (i === 0 && f.fix && f.fixRange && f.fixRange[0] !== undefined && f.fixRange[1] !== undefined) {
      return { start: f.fixRange[0], end: f.fixRange[1], text: f.fix.replacement };
    }
    let text = suggestion;
    const first = f.text.charAt(0);
    if (first && first !== first.toLowerCase() && first === first.toUpperCase()) {
      text = text.charAt(0).toUpperCase() + text.slice(1);
    }
    return { start: f.u16Start, end: f.u16End, text };
  }

  // `fromKeyboard`: focus then goes on to the next finding rather than staying in the text.
  function apply(index, suggestionIndex, fromKeyboard) {
    const f = state.findings[index];
    if (!f || !f.suggestions.length) return;
    const change = edit(f, suggestionIndex);
    if (ta.value.slice(f.u16Start, f.u16End) !== f.text) return;  // stale: wait for the check
    hideCard();
    const before = ta.value;
    ta.focus({ preventScroll: true });
    ta.setSelectionRange(change.start, change.end);
    // execCommand keeps the browser's undo history (Ctrl+Z undoes the replacement).
    let done = false;
    try { done = document.execCommand('insertText', false, change.text); } catch (_) { done = false; }
    if (!done || ta.value === before) {
      ta.setRangeText(change.text, change.start, change.end, 'end');
      onInput();
    }
    setStatus('applied', { to: change.text });
    if (!fromKeyboard) return;
    // The replaced finding is gone: the one after it now has its index.
    const next = hits.querySelector(`.hit[data-index="${index}"]`) ||
                 hits.querySelector(`.hit[data-index="${index - 1}"]`);
    if (next) next.focus({ preventScroll: false });
  }

  // ---- The card ---------------------------------------------------------------------------
  function fact(list, label, value) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    list.append(dt, dd);
  }

  function fillCard(f) {
    const category = CATEGORIES.includes(f.category) ? f.category : 'other';
    const chip = $('card-category');
    chip.className = `chip cat-${category}`;
    chip.textContent = categoryName(f.category);
    $('card-severity').textContent = t(`severity.${f.severity}`) || f.severity;
    $('card-message').textContent = f.message;
    $('card-quoted').hidden = !f.quoted;
    const rule = state.rules.get(f.rule);
    const why = $('card-why');
    why.hidden = !(rule && rule.why);
    why.textContent = rule && rule.why ? rule.why : '';
    const facts = $('card-facts');
    facts.replaceChildren();
    fact(facts, t('found'), `«${f.text}»`);
    if (f.structure) fact(facts, t('place'), f.structure);
    if (f.guideline) fact(facts, t('guideline'), f.guideline);
    if (f.recommendation) fact(facts, t('recommendation'), t('recommendationValue', { n: f.recommendation }));
    if (rule && rule.url && /^https?:\/\//.test(rule.url)) {
      const link = document.createElement('a');
      link.href = rule.url;
      link.rel = 'noreferrer noopener';
      link.target = '_blank';
      link.textContent = rule.url.replace(/^https?:\/\//, '');
      fact(facts, t('more'), link);
    }
    fact(facts, t('rule'), f.rule);
    const list = $('card-suggestions');
    list.replaceChildren();
    f.suggestions.forEach((suggestion, i) => {
      const change = edit(f, i);
      const item = document.createElement('li');
      const text = document.createElement('span');
      text.className = 'replacement';
      text.textContent = change.text;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'apply';
      button.textContent = t('apply');
      button.setAttribute('aria-label', t('applyLabel', { from: f.text, to: change.text }));
      // detail 0: pressed with Enter or Space, not clicked.
      button.addEventListener('click', (event) => apply(state.findings.indexOf(f), i, event.detail === 0));
      item.append(text, button);
      list.appendChild(item);
    });
    $('card-suggestions-heading').hidden = !f.suggestions.length;
    $('card-no-suggestion').hidden = f.suggestions.length > 0;
  }

  function showCard(index, pinned) {
    const f = state.findings[index];
    const target = hits.querySelector(`.hit[data-index="${index}"]`);
    if (!f || !target) return;
    for (const node of hits.querySelectorAll('.hit.current')) node.classList.remove('current');
    target.classList.add('current');
    state.cardIndex = index;
    state.cardPinned = pinned || state.cardPinned;
    fillCard(f);
    card.hidden = false;
    target.setAttribute('aria-expanded', 'true');
    if (window.matchMedia('(max-width: 40rem)').matches) {
      // A sheet along the bottom: the words it explains go to the top, above it.
      if (target.getBoundingClientRect().bottom > window.innerHeight - card.offsetHeight - 8) {
        target.scrollIntoView({ block: 'start' });
      }
      return;
    }
    const rects = target.getClientRects();
    const rect = rects.length ? rects[0] : target.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    let left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
    let top = rect.bottom + 6;
    if (top + height > window.innerHeight - 8 && rect.top - height - 6 > 8) top = rect.top - height - 6;
    card.style.left = `${Math.max(8, left) + window.scrollX}px`;
    card.style.top = `${top + window.scrollY}px`;
  }

  function hideCard() {
    card.hidden = true;
    state.cardPinned = false;
    for (const node of hits.querySelectorAll('.hit.current, .hit[aria-expanded]')) {
      node.classList.remove('current');
      node.removeAttribute('aria-expanded');
    }
    state.cardIndex = -1;
  }

  function focusedFinding() {
    const node = document.activeElement;
    if (!node || !node.classList || !node.classList.contains('hit')) return null;
    const f = state.findings[Number(node.dataset.index)];
    return f ? { rule: f.rule, start: f.u16Start } : null;
  }

  function refocus(wanted) {
    let best = -1;
    state.findings.forEach((f, i) => {
      if (best < 0 && f.u16Start >= wanted.start) best = i;
    });
    if (best < 0) best = state.findings.length - 1;
    const node = best >= 0 ? hits.querySelector(`.hit[data-index="${best}"]`) : null;
    if (node) node.focus({ preventScroll: true });
  }

  // ---- Events -----------------------------------------------------------------------------
  let previousText = '';
  function onInput() {
    const text = ta.value;
    if (text === '' && state.documentName) {
      // Emptied: whatever comes next is a new text, not the file that was opened.
      state.filename = '';
      state.documentName = '';
      $('document-name').hidden = true;
    }
    shiftFindings(previousText, text);
    previousText = text;
    if (state.cardIndex >= 0) hideCard();
    renderLayers();
    renderSummary();
    scheduleCheck();
  }

  function hitFromEvent(event) {
    const node = event.target instanceof Element ? event.target.closest('.hit') : null;
    return node ? Number(node.dataset.index) : -1;
  }

  // The innermost highlight under the mouse, found through the textarea above it; -1 if none.
  function findingAtPoint(x, y) {
    const mark = document.elementsFromPoint(x, y).find((node) => node.classList && node.classList.contains('hl'));
    return mark ? Number(mark.dataset.index) : -1;
  }

  // A card shown by pointing stays a moment after the mouse leaves the words, long enough to
  // reach it.
  let hideTimer = 0;
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!state.cardPinned && !card.matches(':hover')) hideCard();
    }, 350);
  }

  let hovered = null;
  function markHovered(index) {
    const mark = index >= 0 ? highlights.querySelector(`mark.hl[data-index="${index}"]`) : null;
    if (mark === hovered) return;
    if (hovered) hovered.classList.remove('hover');
    hovered = mark;
    if (hovered) hovered.classList.add('hover');
  }

  function wire() {
    ta.addEventListener('input', onInput);
    ta.addEventListener('scroll', syncLayers);
    // Focusing a target out of view scrolls its layer: the text follows.
    hits.addEventListener('scroll', () => {
      if (ta.scrollTop !== hits.scrollTop) {
        ta.scrollTop = hits.scrollTop;
        syncLayers();
      }
    });
    new ResizeObserver(syncLayers).observe(ta);
    window.addEventListener('resize', () => { syncLayers(); if (!card.hidden) showCard(state.cardIndex, state.cardPinned); });

    // The mouse: pointing at a finding shows its card, clicking pins it (and places the caret).
    ta.addEventListener('mousemove', (event) => {
      const index = findingAtPoint(event.clientX, event.clientY);
      markHovered(index);
      ta.classList.toggle('over-finding', index >= 0);
      if (state.cardPinned) return;
      // Pointing into a whole article flagged by a clause rule would show its card all the time:
      // long findings open on a click.
      if (index >= 0 && state.findings[index].text.length <= LONG_SPAN && !state.findings[index].text.includes('\n')) {
        clearTimeout(hideTimer);
        if (index !== state.cardIndex || card.hidden) showCard(index, false);
      } else if (!card.hidden) {
        hideSoon();
      }
    });
    ta.addEventListener('mouseleave', (event) => {
      markHovered(-1);
      if (!state.cardPinned && !card.hidden && !(event.relatedTarget && card.contains(event.relatedTarget))) hideSoon();
    });
    card.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    ta.addEventListener('click', (event) => {
      const index = findingAtPoint(event.clientX, event.clientY);
      if (index >= 0) showCard(index, true);
    });
    card.addEventListener('mouseleave', (event) => {
      if (state.cardPinned || event.relatedTarget === ta) return;
      hideSoon();
    });
    hits.addEventListener('focusin', (event) => {
      const index = hitFromEvent(event);
      if (state.quietFocus) {
        state.quietFocus = false;
        return;
      }
      if (index >= 0) showCard(index, false);
    });
    hits.addEventListener('keydown', (event) => {
      const index = hitFromEvent(event);
      if (index < 0) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        if (state.findings[index].suggestions.length) apply(index, 0, true); else showCard(index, true);
      } else if (event.key === ' ' || event.key === 'ArrowDown') {
        event.preventDefault();
        showCard(index, true);
        const first = card.querySelector('button.apply') || $('card-close');
        first.focus();
      } else if (event.key === 'Escape') {
        hideCard();
      }
    });
    const closeCardAndReturn = () => {
      const index = state.cardIndex;
      hideCard();
      const target = hits.querySelector(`.hit[data-index="${index}"]`);
      if (target) {
        state.quietFocus = true;
        target.focus();
        state.quietFocus = false;
      } else {
        ta.focus();
      }
    };
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') closeCardAndReturn();
    });
    $('card-close').addEventListener('click', closeCardAndReturn);
    document.addEventListener('click', (event) => {
      if (card.hidden || card.contains(event.target)) return;
      if (event.target === ta && findingAtPoint(event.clientX, event.clientY) >= 0) return;
      hideCard();
    });
    document.addEventListener('focusin', (event) => {
      if (card.hidden || card.contains(event.target) || hitFromEvent(event) >= 0) return;
      if (event.target === ta && state.cardPinned) return;  // the click that pinned it
      hideCard();
    });

    $('ui-lang').addEventListener('change', (event) => {
      try { localStorage.setItem('rightslint.ui', event.target.value); } catch (_) { /* off */ }
      applyUiLanguage(event.target.value);
    });
    $('text-lang').addEventListener('change', checkNow);
    $('file').addEventListener('change', (event) => {
      const file = event.target.files && event.target.files[0];
      if (file) upload(file);
      event.target.value = '';
    });
    $('report-html').addEventListener('click', () => downloadReport('html'));
    $('report-json').addEventListener('click', () => downloadReport('json'));

    // Files dropped anywhere on the page are checked (never opened by the browser).
    const veil = $('drop-veil');
    const drop = $('drop');
    let depth = 0;
    const hasFiles = (event) => event.dataTransfer && [...event.dataTransfer.types].includes('Files');
    document.addEventListener('dragenter', (event) => {
      if (!hasFiles(event)) return;
      depth += 1;
      veil.hidden = false;
      drop.classList.add('dragging');
    });
    document.addEventListener('dragleave', (event) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) { veil.hidden = true; drop.classList.remove('dragging'); }
    });
    document.addEventListener('dragover', (event) => { if (hasFiles(event)) event.preventDefault(); });
    document.addEventListener('drop', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      veil.hidden = true;
      drop.classList.remove('dragging');
      const file = event.dataTransfer.files[0];
      if (file) upload(file);
    });
  }

  function start() {
    wire();
    applyUiLanguage(pickUiLanguage());
    previousText = ta.value;
    renderLayers();
    renderSummary();
    setStatus('empty');
    loadRules();
    if (ta.value.trim() !== '') checkNow();
  }

  // For the end-to-end tests and for curious users: the findings as the page holds them.
  window.rightslint = { findings: () => state.findings.map((f) => ({ ...f })) };

  start();
})();
