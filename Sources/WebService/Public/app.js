// The page of `mentoring serve`: choose or drop files, send them as one job, follow its progress, show what the
// check says of the files (as `mentoring check`: before the workbook is built; when something needs attention the
// job stops there until «Собрать свод как есть»), the summary (files, wordings to decide, findings, Table 38) and
// offer the workbook; municipalities' consolidated workbooks give the region's workbook (as `mentoring rollup`). Texts from the server are put in
// with textContent only, never as HTML.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { config: null, files: [], jobId: null, timer: null, summary: null, check: null };

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function plural(n, one, few, many) {
  const m100 = Math.abs(n) % 100, m10 = Math.abs(n) % 10;
  if (m100 >= 11 && m100 <= 14) return many;
  if (m10 === 1) return one;
  if (m10 >= 2 && m10 <= 4) return few;
  return many;
}

function size(bytes) {
  if (bytes >= 1048576) return (bytes / 1048576).toFixed(1).replace('.', ',') + ' МиБ';
  return Math.max(1, Math.round(bytes / 1024)) + ' КиБ';
}

async function api(path, options) {
  const res = await fetch(path, Object.assign({ credentials: 'same-origin' }, options || {}));
  let body = null;
  const type = res.headers.get('Content-Type') || '';
  if (type.startsWith('application/json')) body = await res.json();
  if (!res.ok) {
    const message = (body && body.error) || ('Ошибка ' + res.status);
    const err = new Error(message);
    err.status = res.status;
    throw err;
  }
  return body;
}

function setStatus(text, isError) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', !!isError);
}

// ---- Access ----

async function start() {
  try {
    state.config = await api('/api/config');
  } catch (e) {
    setStatus('Служба недоступна: ' + e.message, true);
    return;
  }
  if (state.config.tokenRequired && !state.config.authorised) {
    $('login').hidden = false;
    $('upload').hidden = true;
    $('token').focus();
  }
  refreshChosen();
}

$('login-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('login-error').textContent = '';
  try {
    await api('/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: $('token').value }) });
    $('login').hidden = true;
    $('upload').hidden = false;
    $('token').value = '';
    $('files').focus();
  } catch (e) {
    $('login-error').textContent = e.message;
  }
});

// ---- Choosing files ----

function addFiles(list) {
  for (const f of list) {
    if (!state.files.some((g) => g.name === f.name && g.size === f.size)) state.files.push(f);
  }
  refreshChosen();
}

function refreshChosen() {
  const n = state.files.length;
  const total = state.files.reduce((a, f) => a + f.size, 0);
  const chosen = $('chosen');
  let problem = '';
  if (state.config && total > state.config.maxUploadBytes) {
    problem = ' Слишком много для одной загрузки: предел ' + size(state.config.maxUploadBytes) + '.';
  } else if (state.config && n > state.config.maxFiles) {
    problem = ' Слишком много файлов: предел ' + state.config.maxFiles + '.';
  }
  if (n === 0) {
    chosen.textContent = 'Файлы не выбраны.';
  } else {
    const names = state.files.slice(0, 3).map((f) => f.name).join(', ');
    chosen.textContent = 'Выбрано ' + n + ' ' + plural(n, 'файл', 'файла', 'файлов') + ' (' + size(total) + ').' + problem +
      ' ' + names + (n > 3 ? ' и ещё ' + (n - 3) : '');
  }
  chosen.title = state.files.map((f) => f.name).join('\n');
  chosen.classList.toggle('error', problem !== '');
  $('build').disabled = n === 0 || problem !== '' || state.timer !== null;
  $('clear').disabled = n === 0 || state.timer !== null;
}

$('files').addEventListener('change', () => {
  addFiles($('files').files);
});

$('clear').addEventListener('click', () => {
  state.files = [];
  $('files').value = '';
  refreshChosen();
  $('files').focus();
});

const drop = $('drop');
['dragenter', 'dragover'].forEach((t) => drop.addEventListener(t, (ev) => {
  ev.preventDefault();
  drop.classList.add('over');
}));
['dragleave', 'drop'].forEach((t) => drop.addEventListener(t, () => drop.classList.remove('over')));
drop.addEventListener('drop', (ev) => {
  ev.preventDefault();
  if (ev.dataTransfer && ev.dataTransfer.files) addFiles(ev.dataTransfer.files);
});

// ---- Sending and following a job ----

$('build').addEventListener('click', () => {
  const form = new FormData();
  for (const f of state.files) form.append('files', f, f.name);
  const year = $('year').value.trim();
  if (year) form.append('year', year);
  // Stop after the check when it finds something to fix (the files can be fixed before the workbook is built).
  form.append('afterCheck', 'ask');
  hideLinks();
  $('check').hidden = true;
  state.check = null;
  $('regional').hidden = true;
  $('results').hidden = true;
  document.body.classList.remove('has-results');
  $('build').disabled = true;
  const bar = $('progress');
  bar.hidden = false;
  bar.value = 0;
  setStatus('Отправка файлов…');
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/jobs');
  xhr.responseType = 'json';
  xhr.upload.addEventListener('progress', (ev) => {
    if (ev.lengthComputable) {
      const p = Math.round(100 * ev.loaded / ev.total);
      setStatus('Отправка файлов: ' + p + ' %');
    }
  });
  xhr.addEventListener('load', () => {
    const body = xhr.response || {};
    if (xhr.status === 202 && body.id) {
      follow(body.id);
    } else {
      setStatus((body && body.error) || ('Файлы не приняты (ошибка ' + xhr.status + ').'), true);
      bar.hidden = true;
      refreshChosen();
    }
  });
  xhr.addEventListener('error', () => {
    setStatus('Связь с сервером прервалась при отправке файлов.', true);
    bar.hidden = true;
    refreshChosen();
  });
  xhr.send(form);
});

function hideLinks() {
  for (const id of ['download', 'mapping-link', 'cards-link', 'build-anyway']) $(id).hidden = true;
}

$('build-anyway').addEventListener('click', async () => {
  $('build-anyway').hidden = true;
  try {
    await api('/api/jobs/' + state.jobId + '/build', { method: 'POST' });
    $('progress').hidden = false;
    setStatus('Свод собирается по проверенным файлам…');
    follow(state.jobId);
  } catch (e) {
    setStatus(e.message, true);
  }
});

function follow(id) {
  state.jobId = id;
  if (state.timer) clearTimeout(state.timer);
  state.timer = 0;
  refreshChosen();
  poll();
}

const stageText = {
  queued: 'В очереди',
  checking: 'Чтение и проверка файлов',
  reading: 'Чтение файлов',
  'rolling-up': 'Сбор свода региона из сводных книг муниципалитетов',
  consolidating: 'Расчёт муниципальных значений и проверка данных',
  writing: 'Запись книги',
};

async function poll() {
  let job;
  try {
    job = await api('/api/jobs/' + state.jobId);
  } catch (e) {
    state.timer = null;
    setStatus(e.message, true);
    refreshChosen();
    return;
  }
  const bar = $('progress');
  bar.value = job.progress.percent;
  if (job.status === 'queued' || job.status === 'running') {
    const p = job.progress;
    let text = stageText[p.stage] || 'Выполняется';
    if (p.stage === 'queued' && p.queuePosition) text += ': впереди ' + p.queuePosition + ' ' + plural(p.queuePosition, 'задание', 'задания', 'заданий');
    if ((p.stage === 'reading' || p.stage === 'checking') && p.total) text += ': ' + p.done + ' из ' + p.total;
    if (job.check && p.stage !== 'checking') showCheck(job.check);
    setStatus(text + '…');
    state.timer = setTimeout(poll, 400);
    return;
  }
  state.timer = null;
  bar.value = 100;
  refreshChosen();
  if (job.check) showCheck(job.check);
  if (job.status === 'checked') {
    bar.hidden = true;
    $('build-anyway').hidden = false;
    setStatus('Проверка нашла, что исправить (ниже). Исправьте файлы и загрузите их снова или соберите свод как есть.');
    return;
  }
  if (job.summary) showSummary(job.summary);
  placeCheck();
  if (job.status === 'done' && job.kind === 'regional') {
    showRegional(job.regional);
    const dl = $('download');
    dl.href = job.workbook;
    dl.textContent = 'Скачать сводную по региону';
    dl.hidden = false;
    setStatus('Свод региона готов.');
  } else if (job.status === 'done') {
    const dl = $('download');
    dl.href = job.workbook;
    dl.textContent = 'Скачать свод';
    dl.hidden = false;
    const ml = $('mapping-link');
    ml.href = job.mapping;
    ml.hidden = false;
    const cl = $('cards-link');
    cl.href = job.cards;
    cl.hidden = false;
    setStatus('Свод готов.');
  } else {
    setStatus(job.error || 'Свод не собран.', true);
  }
}

// ---- What the check says (as `mentoring check`), before the workbook ----

function showCheck(c) {
  state.check = c;
  const n = c.summary.files;
  $('check-total').textContent = 'файлов ' + n + ': прочитано ' + c.summary.read + ', не прочитано ' + c.summary.skipped +
    '; значений учтено ' + c.summary.values + ', не учтено ' + c.summary.unusedValues +
    ' (формулировок ' + c.summary.unusedWordings + '); замечаний к данным ' + c.findings +
    (c.needsAttention ? '; есть что проверить' : '; всё прочитано');
  const ul = $('check-problems');
  ul.replaceChildren();
  const item = (cls, head, lines) => {
    const li = el('li', null, cls);
    li.append(el('strong', head));
    if (lines && lines.length) {
      const inner = el('ul');
      for (const l of lines.slice(0, 20)) inner.append(el('li', l));
      if (lines.length > 20) inner.append(el('li', '… и ещё ' + (lines.length - 20)));
      li.append(inner);
    }
    ul.append(li);
  };
  if (c.unread.length) {
    item('check-unread', 'Не прочитано ' + c.unread.length + ' ' + plural(c.unread.length, 'файл', 'файла', 'файлов') + ':',
      c.files.filter((f) => f.status === 'skipped').map((f) => f.text.replace(/\n\s*/g, ' — ')));
  }
  // «НЕ УЧТЕНО …» lines with their details below them.
  let head = null, details = [];
  const flush = () => { if (head) item('check-unused', head, details); head = null; details = []; };
  for (const l of c.unused) {
    if (l.startsWith('  ')) details.push(l.trim()); else { flush(); head = l; }
  }
  flush();
  if (c.yearWarnings.length) item('check-years', 'Год: ' + c.yearWarnings.length + ' ' + plural(c.yearWarnings.length, 'предупреждение', 'предупреждения', 'предупреждений'), c.yearWarnings);
  const attention = c.files.filter((f) => f.status === 'attention');
  if (attention.length) {
    item('check-attention', 'Требуют внимания ' + attention.length + ' ' + plural(attention.length, 'файл', 'файла', 'файлов') + ':',
      attention.map((f) => f.text.replace(/\n\s*/g, ' — ')));
  }
  if (c.findingsLine) item('check-findings', c.findingsLine);
  if (!ul.children.length) ul.append(el('li', 'Проверка ничего не нашла: все файлы прочитаны, все значения учтены.'));
  $('check-lines').textContent = c.unused.concat(c.files.map((f) => f.text), [c.total], c.findingsLine ? [c.findingsLine] : []).join('\n');
  $('count-check').textContent = '(' + (c.needsAttention ? ul.children.length : 0) + ')';
  placeCheck();
}

// The check stands above the results until there are results; then it is their tab «Проверка файлов».
function placeCheck() {
  const inResults = !$('results').hidden;
  const body = $('check-body');
  const home = inResults ? $('panel-check') : $('check');
  if (body.parentNode !== home) home.append(body);
  $('check').hidden = inResults || !state.check || !$('regional').hidden;
}

// ---- The region's workbook (municipalities' workbooks, as `mentoring rollup`) ----

function showRegional(r) {
  $('results').hidden = true;
  $('regional').hidden = false;
  $('check').hidden = true;
  state.check = null;
  $('regional-kind').textContent = 'Загружены сводные книги муниципалитетов (' + r.files + '), поэтому собран свод региона за ' +
    r.year + ' год — та же книга, что даёт mentoring rollup.';
  const lines = $('regional-lines');
  lines.replaceChildren();
  for (const l of r.lines) lines.append(el('li', l));
  const body = $('regional-table').tBodies[0];
  body.replaceChildren();
  for (const m of r.municipalities) {
    const tr = el('tr');
    tr.append(el('td', m.name));
    tr.append(el('td', m.file));
    body.append(tr);
  }
  const notes = $('regional-notes');
  notes.replaceChildren();
  for (const n of r.notes) notes.append(el('li', n));
  $('regional-notes-block').hidden = r.notes.length === 0;
}

// ---- The summary ----

function showSummary(s) {
  state.summary = s;
  $('results').hidden = false;
  $('regional').hidden = true;
  const parts = [];
  if (s.year) parts.push('Свод за ' + s.year + ' год' + (s.municipality ? ' — ' + s.municipality : ''));
  parts.push('организаций ' + s.organisations + ' (школ ' + s.schools + ', ДОП ' + s.dop + ')');
  if (s.criteriaTotal) parts.push('критериев со значением ' + s.criteriaFilled + ' из ' + s.criteriaTotal);
  parts.push('файлов прочитано ' + s.filesRead + ', пропущено ' + s.filesSkipped);
  if (s.unusedValues) parts.push('не учтено значений ' + s.unusedValues + ' (формулировок ' + s.unusedWordings + ')');
  $('summary').textContent = parts.join('; ') + '.';
  showNotReported(s.register);
  document.body.classList.add('has-results');
  $('count-files').textContent = '(' + s.files.length + ')';
  $('count-decisions').textContent = '(' + (s.decisions.length + s.forms.length) + ')';
  $('count-findings').textContent = '(' + s.findings.total + ')';
  showFiles(s);
  showForms(s);
  showDecisions(s);
  showFindingKinds(s);
  showFindings();
  showHeatmap(s);
}

// The register's organisations without a form, by name: all of them, the first few on the line and the rest
// behind «ещё N».
function showNotReported(r) {
  const box = $('not-reported');
  box.replaceChildren();
  box.hidden = !r;
  if (!r) return;
  if (!r.notReported.length) {
    box.textContent = 'Не представили форму: нет, форму представили все ' + r.listed + ' ' + plural(r.listed, 'организация', 'организации', 'организаций') + ' реестра.';
    return;
  }
  const n = r.notReported.length, first = 5;
  const name = (e) => e.shortName || e.name;
  box.append(el('span', 'Не представили форму: ' + n + ' ' + plural(n, 'организация', 'организации', 'организаций') + ' из ' + r.listed + ' — ', 'label'));
  const head = el('span', r.notReported.slice(0, first).map(name).join('; '));
  head.title = r.notReported.slice(0, first).map((e) => e.name).join('\n');
  box.append(head);
  if (n > first) {
    const d = el('details');
    d.append(el('summary', 'ещё ' + (n - first)));
    const ul = el('ul');
    for (const e of r.notReported.slice(first)) ul.append(el('li', e.name));
    d.append(ul);
    box.append(d);
  }
}

// A long link shown short: the host and the start of the path, «…»; the whole link is the target and the tooltip.
function shortLink(text) {
  const limit = 40;
  let u = null;
  try { u = new URL(text); } catch (e) { u = null; }
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) {
    return el('span', text.length > 120 ? text.slice(0, 117) + '…' : text);
  }
  let shown = u.host + u.pathname + u.search + u.hash;
  if (shown.length > limit) shown = shown.slice(0, limit - 1) + '…';
  const a = el('a', shown);
  a.href = u.href;
  a.title = u.href;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

const statusText = { read: 'прочитан', attention: 'прочитан, проверьте', skipped: 'пропущен' };

function showFiles(s) {
  const body = $('files-table').tBodies[0];
  body.replaceChildren();
  for (const f of s.files) {
    const tr = el('tr');
    tr.className = 'file-' + f.status;
    const name = el('td');
    name.append(el('span', f.name));
    if (f.storedName !== f.name) name.append(el('span', ' (сохранён как ' + f.storedName + ')', 'muted'));
    tr.append(name);
    const kind = el('td', f.kindText + (f.organisation ? ' «' + f.organisation + '»' : '') + (f.year ? ', ' + f.year + ' г.' : ''));
    kind.dataset.kind = f.kind;
    tr.append(kind);
    tr.append(el('td', statusText[f.status] || f.status, 'status status-' + f.status));
    tr.append(el('td', f.kind === 'mapping' || f.kind === 'register' || f.kind === 'base' ? '' : f.mapped + ' / ' + f.values, 'num'));
    const msgs = el('td');
    if (f.messages.length) {
      const d = el('details');
      d.append(el('summary', f.messages.length + ' ' + plural(f.messages.length, 'сообщение', 'сообщения', 'сообщений')));
      const ul = el('ul');
      for (const m of f.messages) ul.append(el('li', m.kind + ': ' + (m.place ? m.place + ': ' : '') + m.text));
      d.append(ul);
      msgs.append(d);
    }
    tr.append(msgs);
    body.append(tr);
  }
}

function criterionSelect(d, s, index) {
  const sel = el('select');
  sel.id = 'decision-' + index;
  sel.dataset.wording = d.wording;
  sel.append(new Option('— не решено —', ''));
  sel.append(new Option('не учитывать (это не критерий)', '!ignore'));
  if (d.candidates.length) {
    const g = document.createElement('optgroup');
    g.label = 'Похожие критерии';
    for (const c of d.candidates) g.append(new Option(c.wording + ' (' + Math.round(c.score * 100) + ' %)', c.id));
    sel.append(g);
  }
  let group = null, dir = null;
  for (const c of s.criteria) {
    if (c.direction !== dir) {
      dir = c.direction;
      group = document.createElement('optgroup');
      group.label = c.direction + '. ' + c.directionName;
      sel.append(group);
    }
    group.append(new Option(c.wording, c.id));
  }
  sel.addEventListener('change', updateApply);
  return sel;
}

function showDecisions(s) {
  const body = $('decisions-table').tBodies[0];
  body.replaceChildren();
  s.decisions.forEach((d, i) => {
    const tr = el('tr');
    const w = el('td');
    const label = el('label', d.wording);
    label.htmlFor = 'decision-' + i;
    w.append(label);
    w.append(el('div', d.example.file + ', лист «' + d.example.sheet + '», ячейка ' + d.example.cell, 'muted'));
    tr.append(w);
    tr.append(el('td', d.statusText));
    tr.append(el('td', d.forms + ' / ' + d.values, 'num'));
    const c = el('td');
    c.append(criterionSelect(d, s, i));
    tr.append(c);
    body.append(tr);
  });
  $('decisions-note').textContent = s.decisions.length
    ? 'Значения этих формулировок не учтены в своде. Выберите критерий или «не учитывать» и нажмите «Применить решения и пересобрать»: решение действует для всех форм с этой формулировкой и попадает в файл сопоставления.'
    : s.forms.length ? 'Формулировки решать не нужно.' : 'Решать нечего: все значения учтены.';
  const decided = $('decided-list');
  decided.replaceChildren();
  for (const d of s.decided) decided.append(el('li', '«' + d.wording + '» — ' + (d.ignore ? 'не учитывать' : (d.criterionWording || d.criterion))));
  for (const f of s.formsDecided) decided.append(el('li', f.file + (f.sheet ? ', лист «' + f.sheet + '»' : '') + ' — форма организации «' + f.organisation + '»'));
  $('decided-block').hidden = s.decided.length + s.formsDecided.length === 0;
  updateApply();
}

// Forms that name no organisation: the organisation typed for each (the mapping file's sheet «Формы»).
function showForms(s) {
  const body = $('forms-table').tBodies[0];
  body.replaceChildren();
  s.forms.forEach((f, i) => {
    const tr = el('tr');
    const w = el('td');
    const label = el('label', f.name + ', лист «' + f.sheet + '»');
    label.htmlFor = 'form-' + i;
    w.append(label);
    w.append(el('div', f.guess ? 'организация взята из имени файла или листа — проверьте' : 'организация не найдена — значения не учтены', 'muted'));
    tr.append(w);
    tr.append(el('td', String(f.values), 'num'));
    const c = el('td');
    const input = el('input');
    input.id = 'form-' + i;
    input.type = 'text';
    input.size = 50;
    input.maxLength = 500;
    input.dataset.file = f.file;
    input.dataset.sheet = f.sheet;
    input.dataset.guess = f.guess || '';
    input.value = f.guess || '';
    input.placeholder = 'наименование организации';
    input.addEventListener('input', updateApply);
    c.append(input);
    tr.append(c);
    body.append(tr);
  });
  $('forms-block').hidden = s.forms.length === 0;
  $('forms-note').textContent = 'В этих формах не найдено наименование организации. Впишите его (как в реестре или в других формах) и нажмите «Применить решения и пересобрать»; решение попадает и в файл сопоставления (лист «Формы»).';
}

// The organisations typed: a new one, or a guess changed.
function typedForms() {
  return Array.from(document.querySelectorAll('#forms-table input'))
    .filter((x) => x.value.trim() !== '' && x.value.trim() !== x.dataset.guess)
    .map((x) => ({ file: x.dataset.file, sheet: x.dataset.sheet, organisation: x.value.trim() }));
}

function updateApply() {
  const chosen = Array.from(document.querySelectorAll('#decisions-table select')).filter((x) => x.value !== '')
    .concat(typedForms());
  $('apply').disabled = chosen.length === 0 || state.timer !== null;
  $('apply').textContent = chosen.length
    ? 'Применить решения (' + chosen.length + ') и пересобрать'
    : 'Применить решения и пересобрать';
}

$('decisions-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const decisions = Array.from(document.querySelectorAll('#decisions-table select'))
    .filter((x) => x.value !== '')
    .map((x) => x.value === '!ignore' ? { wording: x.dataset.wording, ignore: true } : { wording: x.dataset.wording, criterion: x.value });
  const forms = typedForms();
  if (!decisions.length && !forms.length) return;
  $('apply').disabled = true;
  try {
    await api('/api/jobs/' + state.jobId + '/mapping', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decisions, forms }) });
    $('download').hidden = true;
    $('progress').hidden = false;
    setStatus('Решения приняты, свод пересобирается…');
    follow(state.jobId);
  } catch (e) {
    setStatus(e.message, true);
    updateApply();
  }
});

function showFindingKinds(s) {
  const sel = $('finding-kind');
  sel.replaceChildren(new Option('все виды (' + s.findings.total + ')', ''));
  for (const k of s.findings.kinds) sel.append(new Option(k.name + ' (' + k.count + ')', k.kind));
}

const findingsShown = 300;

function showFindings() {
  const s = state.summary;
  if (!s) return;
  const kind = $('finding-kind').value;
  const text = $('finding-text').value.trim().toLowerCase();
  const matches = s.findings.items.filter((f) => (!kind || f.kind === kind) && (!text ||
    [f.organisation, f.criterion, f.message, f.advice, f.file, f.raw, f.kindText].some((x) => x && x.toLowerCase().includes(text))));
  const body = $('findings-table').tBodies[0];
  body.replaceChildren();
  for (const f of matches.slice(0, findingsShown)) {
    const tr = el('tr');
    tr.append(el('td', f.kindText + (f.severity === 'ошибка' ? ' (ошибка)' : '')));
    tr.append(el('td', f.organisation || 'муниципалитет'));
    tr.append(el('td', f.criterion || ''));
    tr.append(el('td', (f.file || '') + (f.place ? ' ' + f.place : '')));
    const raw = el('td', '', 'raw');
    if (f.raw) raw.append(shortLink(f.raw));
    tr.append(raw);
    const m = el('td');
    m.append(el('div', f.message));
    if (f.advice) m.append(el('div', f.advice, 'muted'));
    tr.append(m);
    body.append(tr);
  }
  let note = 'Показано ' + Math.min(matches.length, findingsShown) + ' из ' + matches.length;
  if (s.findings.total > s.findings.items.length) note += ' (на странице — первые ' + s.findings.items.length + ' из ' + s.findings.total + '; все — на листе «Замечания» книги)';
  $('findings-shown').textContent = note + '.';
}

$('finding-kind').addEventListener('change', showFindings);
$('finding-text').addEventListener('input', showFindings);

function showHeatmap(s) {
  const body = $('heatmap-table').tBodies[0];
  body.replaceChildren();
  const legend = $('legend');
  legend.replaceChildren();
  const h = s.heatmap;
  if (!h) {
    $('heatmap-caption').textContent = 'Таблицы 38 нет: свод не собран.';
    return;
  }
  for (const p of h.palette) {
    const li = el('li');
    li.append(el('span', p.name + ' — ' + (h.counts[p.key] || 0), 'chip dyn-' + p.key));
    li.append(el('span', ' ' + p.legend, 'muted'));
    legend.append(li);
  }
  $('heatmap-caption').textContent = 'Таблица 38. Динамика значений муниципальных критериев за ' + h.previousYear + '–' + h.year + ' годы' +
    (s.municipality ? ' — ' + s.municipality : '');
  $('hm-prev').textContent = h.previousYear + ' г.';
  $('hm-cur').textContent = h.year + ' г.';
  let i = 0;
  while (i < h.rows.length) {
    let j = i;
    while (j < h.rows.length && h.rows[j].direction === h.rows[i].direction) j++;
    for (let k = i; k < j; k++) {
      const r = h.rows[k];
      const tr = el('tr');
      if (k === i) {
        const th = el('th', r.direction + '. ' + r.directionName);
        th.scope = 'rowgroup';
        th.rowSpan = j - i;
        tr.append(th);
      }
      tr.append(el('td', r.wording));
      tr.append(el('td', r.previous, 'num'));
      tr.append(el('td', r.current, 'num'));
      const d = el('td', r.dynamicsName, 'dyn dyn-' + r.dynamics);
      d.dataset.criterion = r.criterion;
      tr.append(d);
      tr.append(el('td', r.comment, 'muted'));
      body.append(tr);
    }
    i = j;
  }
}

// ---- Tabs (arrow keys move between them) ----

const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
function selectTab(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', on ? 'true' : 'false');
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
}
tabs.forEach((t, i) => {
  t.addEventListener('click', () => selectTab(t));
  t.addEventListener('keydown', (ev) => {
    let next = null;
    if (ev.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
    if (ev.key === 'ArrowLeft') next = tabs[(i - 1 + tabs.length) % tabs.length];
    if (ev.key === 'Home') next = tabs[0];
    if (ev.key === 'End') next = tabs[tabs.length - 1];
    if (next) {
      ev.preventDefault();
      selectTab(next);
      next.focus();
    }
  });
});

start();
