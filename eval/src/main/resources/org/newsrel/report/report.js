// newsrel report page: draws a document when it is opened, links events and identity
// clusters, filters and sorts the error list. No dependency; data from #newsrel-data
// (layout: org.newsrel.report.HtmlData).
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('newsrel-data').textContent);
  const ENTITY = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'NATIONALITY', 'DATE', 'NUMBER', 'TITLE', 'GROUP']);
  const ATTRIBUTION = new Set(['Attribution', 'Attribution-no-source']);
  const PAGE = 50;
  const $ = (id) => document.getElementById(id);
  const state = { system: $('doc-system').value, layer: $('doc-layer').value, cluster: null };

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }
  const baseRole = (r) => r.replace(/\d+$/, '');
  const fmt = (x) => (x === null || x === undefined ? 'n/a' : Number(x).toFixed(3));

  /** The report layer of a scorer's error part: entity, attribution X, or a relation part. */
  function layerOfPart(part) {
    if (part === 'entity') return 'entities';
    return part.startsWith('attribution ') ? 'attributions' : 'relations';
  }

  // ---- one column (gold or a system) of one document, as objects --------------------------
  const models = new Map();
  function model(docIndex, col) {
    const key = docIndex + '\t' + col;
    if (models.has(key)) return models.get(key);
    const c = D.docs[docIndex].cols[col];
    const tbs = new Map();
    c.t.forEach((t) => tbs.set(t[0], {
      id: t[0], label: t[1], f: t[2], cid: t[3], cname: t[4], fp: t[5] === 1, rule: t[6], conf: t[7], ev: []
    }));
    const events = c.e.map((e) => ({ id: e[0], type: e[1], trig: e[2], attr: e[3], rule: e[4], conf: e[5], args: e[6] }));
    events.forEach((e) => {
      if (tbs.has(e.trig)) tbs.get(e.trig).ev.push({ e: e, role: 'trigger' });
      e.args.forEach((a) => { if (tbs.has(a[1])) tbs.get(a[1]).ev.push({ e: e, role: a[0] }); });
    });
    const m = { tbs: tbs, events: events, fn: c.fn };
    models.set(key, m);
    return m;
  }

  /** The marks of one column in one layer: text-bounds of that layer, plus missed gold spans. */
  function marks(m, layer) {
    const out = [];
    m.tbs.forEach((tb) => {
      if (layer === 'entities') {
        if (ENTITY.has(tb.label)) out.push({ tb: tb, f: tb.f, cls: 'e-' + tb.label, tags: [], cid: tb.cid });
        return;
      }
      const evs = tb.ev.filter((x) => ATTRIBUTION.has(x.e.type) === (layer === 'attributions'));
      if (!evs.length) return;
      const roles = evs.filter((x) => x.role !== 'trigger');
      // An attribution's trigger repeats its Cue; it is drawn only when there is no Cue.
      const shown = layer === 'attributions'
        ? evs.filter((x) => x.role !== 'trigger' || !x.e.args.some((a) => baseRole(a[0]) === 'Cue'))
        : evs;
      if (!shown.length) return;
      let cls;
      if (layer === 'attributions') cls = roles.length ? 'r-' + baseRole(roles[0].role) : 'trig';
      else cls = roles.length && roles.length === evs.length ? 'arg' : 'trig';
      out.push({ tb: tb, f: tb.f, cls: cls, cid: tb.cid,
        tags: shown.map((x) => x.e.id + ' ' + (x.role === 'trigger' ? x.e.type : baseRole(x.role))) });
    });
    m.fn.forEach((x) => {
      if (layerOfPart(x[0]) !== layer) return;
      const cls = layer === 'entities' ? 'e-' + x[1] : layer === 'attributions' ? 'r-' + x[1]
        : (x[0].endsWith(' trigger') ? 'trig' : 'arg');
      out.push({ missed: { part: x[0], label: x[1] }, f: x[2], cls: cls + ' fn', tags: [] });
    });
    out.forEach((mk) => {
      mk.len = mk.f.reduce((n, fr) => n + fr[1] - fr[0], 0);
      mk.end = mk.f.reduce((n, fr) => Math.max(n, fr[1]), 0);
    });
    return out;
  }

  /** The text as HTML, cut at every mark boundary; each piece styled as its innermost mark. */
  function highlight(text, mks) {
    const cuts = new Set([0, text.length]);
    mks.forEach((mk) => mk.f.forEach((fr) => {
      cuts.add(Math.min(fr[0], text.length));
      cuts.add(Math.min(fr[1], text.length));
    }));
    const pts = Array.from(cuts).sort((a, b) => a - b);
    const tagsAt = new Map();
    mks.forEach((mk) => {
      if (mk.tags.length) {
        const at = Math.min(mk.end, text.length);
        if (!tagsAt.has(at)) tagsAt.set(at, []);
        tagsAt.get(at).push(...mk.tags);
      }
    });
    const html = [];
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i];
      const b = pts[i + 1];
      const cover = [];
      for (let k = 0; k < mks.length; k++) {
        if (mks[k].f.some((fr) => fr[0] <= a && fr[1] >= b)) cover.push(k);
      }
      const piece = esc(text.slice(a, b));
      if (!cover.length) {
        html.push(piece);
      } else {
        let inner = cover[0];
        cover.forEach((k) => { if (mks[k].len < mks[inner].len) inner = k; });
        const mk = mks[inner];
        const fp = mk.tb && mk.tb.fp;
        // A missed gold span under a predicted one (same place, other label) still shows as missed.
        const fn = !mk.missed && cover.some((k) => mks[k].missed);
        const cid = cover.map((k) => mks[k].cid).find((c) => c);
        html.push('<span class="m ' + mk.cls + (fp ? ' fp' : '') + (fn ? ' fn' : '') + (cover.length > 1 ? ' multi' : '')
          + '" data-k="' + cover.join(' ') + '"' + (cid ? ' data-cid="' + esc(cid) + '"' : '') + '>' + piece + '</span>');
      }
      if (tagsAt.has(b)) tagsAt.get(b).forEach((t) => html.push('<sup class="tag">' + esc(t) + '</sup>'));
    }
    return html.join('');
  }

  // ---- documents ------------------------------------------------------------------------
  const docEls = Array.from(document.querySelectorAll('details.doc'));

  function columnsShown() {
    return ['gold'].concat(state.system === '*' ? D.systems : [state.system]);
  }

  function renderDoc(det) {
    const i = Number(det.dataset.index);
    const doc = D.docs[i];
    const body = det.querySelector('.docbody');
    const cols = columnsShown();
    const grid = document.createElement('div');
    grid.className = 'cols';
    grid.style.gridTemplateColumns = 'repeat(' + cols.length + ',minmax(0,1fr))';
    cols.forEach((col) => {
      const div = document.createElement('div');
      div.className = 'col';
      div.dataset.col = col;
      const errs = col === 'gold' ? '' : ' <span class="muted">' + (doc.errs[col] || 0) + ' errors in this document</span>';
      if (col !== 'gold' && !D.produced[col][state.layer]) {
        div.innerHTML = '<h4>' + esc(col) + '</h4><div class="notprod">' + esc(col) + ' does not produce '
          + esc(state.layer) + ' (no such annotation in any of its files): not scored, no errors listed.</div>';
      } else {
        const mks = marks(model(i, col), state.layer);
        div.innerHTML = '<h4>' + esc(col) + errs + '</h4><div class="txt"></div>';
        div.querySelector('.txt').innerHTML = highlight(doc.text, mks);
        div._marks = mks;
        div._doc = i;
      }
      grid.appendChild(div);
    });
    body.replaceChildren(grid);
    det.dataset.rendered = state.system + '\t' + state.layer;
    applyCluster(det);
  }

  function ensureRendered(det) {
    if (det.open && det.dataset.rendered !== state.system + '\t' + state.layer) renderDoc(det);
  }

  docEls.forEach((det) => {
    const i = Number(det.dataset.index);
    const badges = det.querySelector('.badges');
    D.systems.forEach((s) => {
      badges.insertAdjacentHTML('beforeend', '<span class="badge" title="errors listed for ' + esc(s) + '">'
        + esc(s) + ': ' + (D.docs[i].errs[s] || 0) + '</span>');
    });
    det.addEventListener('toggle', () => ensureRendered(det));
  });

  function rerenderOpen() {
    docEls.forEach(ensureRendered);
  }
  $('doc-system').addEventListener('change', (e) => { state.system = e.target.value; rerenderOpen(); });
  $('doc-layer').addEventListener('change', (e) => { state.layer = e.target.value; rerenderOpen(); });
  $('doc-close').addEventListener('click', () => docEls.forEach((d) => { d.open = false; }));

  function openDoc(i) {
    const det = docEls[i];
    det.open = true;
    ensureRendered(det);
    return det;
  }

  document.querySelectorAll('a.doclink').forEach((a) => a.addEventListener('click', () => {
    const det = document.getElementById(a.getAttribute('href').slice(1));
    if (det) { det.open = true; ensureRendered(det); }
  }));

  // ---- linking an event's spans, details, identity clusters -----------------------------
  function pieceMarks(piece) {
    const col = piece.closest('.col');
    return { col: col, ks: piece.dataset.k.split(' ').map(Number) };
  }

  /** Mark indices of every span of every event that the marks ks take part in. */
  function linkedMarks(col, ks) {
    const ids = new Set();
    ks.forEach((k) => {
      const tb = col._marks[k].tb;
      if (!tb) return;
      tb.ev.forEach((x) => { ids.add(x.e.trig); x.e.args.forEach((a) => ids.add(a[1])); });
    });
    const out = new Set();
    col._marks.forEach((mk, k) => { if (mk.tb && ids.has(mk.tb.id)) out.add(k); });
    return out;
  }

  function markPieces(col, set, cls) {
    col.querySelectorAll('.m').forEach((p) => {
      const on = p.dataset.k.split(' ').some((k) => set.has(Number(k)));
      p.classList.toggle(cls, on);
    });
  }

  let hovered = null;
  document.addEventListener('mouseover', (e) => {
    const p = e.target.closest && e.target.closest('.txt .m');
    if (p === hovered) return;
    if (hovered) hovered.closest('.col').querySelectorAll('.m.linked').forEach((x) => x.classList.remove('linked'));
    hovered = p;
    if (!p) return;
    const pm = pieceMarks(p);
    markPieces(pm.col, linkedMarks(pm.col, pm.ks), 'linked');
  });

  function quote(doc, f) {
    return f.map((fr) => doc.text.slice(fr[0], fr[1])).join(' … ');
  }

  function details(pm) {
    const doc = D.docs[pm.col._doc];
    const col = pm.col.dataset.col;
    const parts = ['<h4>' + esc(col) + ' · ' + esc(doc.name) + '</h4>'];
    pm.ks.slice().sort((a, b) => pm.col._marks[a].len - pm.col._marks[b].len).forEach((k) => {
      const mk = pm.col._marks[k];
      if (mk.missed) {
        parts.push('<p><b>missed gold span</b> (false negative): ' + esc(mk.missed.part) + ' ' + esc(mk.missed.label)
          + ' «' + esc(quote(doc, mk.f)) + '»</p>');
        return;
      }
      const tb = mk.tb;
      const rows = [['id', tb.id], ['label', tb.label], ['text', '«' + quote(doc, tb.f) + '»']];
      if (tb.cid) rows.push(['canonical id', tb.cid + (tb.cname ? ' (' + tb.cname + ')' : '')]);
      if (tb.rule) rows.push(['rule', tb.rule]);
      if (tb.conf !== null && tb.conf !== undefined) rows.push(['confidence', fmt(tb.conf)]);
      if (tb.fp) rows.push(['error', 'false positive']);
      parts.push('<dl>' + rows.map((r) => '<dt>' + esc(r[0]) + '</dt><dd>' + esc(r[1]) + '</dd>').join('') + '</dl>');
      // One paragraph per event, naming every role this span plays in it (a Cue is also its trigger).
      const byEvent = new Map();
      tb.ev.forEach((x) => {
        if (!byEvent.has(x.e)) byEvent.set(x.e, []);
        byEvent.get(x.e).push(x.role);
      });
      byEvent.forEach((ownRoles, e) => {
        const x = { role: ownRoles.join(', ') };
        const attrName = ATTRIBUTION.has(e.type) ? 'Kind' : 'Modality';
        const m = model(pm.col._doc, col);
        const roles = e.args.map((a) => {
          const t = m.tbs.get(a[1]);
          return '<li>' + esc(a[0]) + ' ' + esc(a[1]) + ': «' + esc(t ? quote(doc, t.f) : '?') + '»'
            + (t && t.cid ? ' → ' + esc(t.cid) : '') + '</li>';
        }).join('');
        const trig = m.tbs.get(e.trig);
        parts.push('<p><b>' + esc(e.id) + ' ' + esc(e.type) + '</b> (this span: ' + esc(x.role) + '); trigger '
          + esc(e.trig) + ' «' + esc(trig ? quote(doc, trig.f) : '?') + '»; ' + attrName + ' ' + esc(e.attr || '(none)')
          + (e.rule ? '; rule ' + esc(e.rule) : '') + (e.conf !== null && e.conf !== undefined ? '; confidence ' + fmt(e.conf) : '')
          + '</p><ul>' + roles + '</ul>');
      });
    });
    return parts.join('');
  }

  function showInfo(html) {
    const info = $('info');
    info.querySelector('.body').innerHTML = html;
    info.hidden = false;
    document.body.classList.add('with-info');
  }
  $('info').querySelector('.close').addEventListener('click', () => {
    $('info').hidden = true;
    document.body.classList.remove('with-info');
  });

  document.addEventListener('click', (e) => {
    const p = e.target.closest && e.target.closest('.txt .m');
    if (!p) return;
    const pm = pieceMarks(p);
    document.querySelectorAll('.m.sel').forEach((x) => x.classList.remove('sel'));
    p.classList.add('sel');
    let html = details(pm);
    const withId = pm.ks.map((k) => pm.col._marks[k]).filter((mk) => mk.cid)
      .sort((a, b) => a.len - b.len)[0];
    if (withId) {
      selectCluster(pm.col.dataset.col, withId.cid);
      html += clusterHtml();
    }
    showInfo(html);
  });

  /** Every mention (text-bound) with this canonical id in this column, over all documents. */
  function mentions(col, cid) {
    const out = [];
    D.docs.forEach((doc, i) => doc.cols[col].t.forEach((t) => { if (t[3] === cid) out.push({ doc: i, f: t[2] }); }));
    return out;
  }

  function selectCluster(col, cid) {
    const ms = mentions(col, cid);
    const docs = new Set(ms.map((m) => m.doc));
    state.cluster = { col: col, cid: cid, mentions: ms, docs: docs };
    docEls.forEach((det) => {
      const i = Number(det.dataset.index);
      const old = det.querySelector('.badge.cl');
      if (old) old.remove();
      if (docs.has(i)) {
        const n = ms.filter((m) => m.doc === i).length;
        det.querySelector('.badges').insertAdjacentHTML('beforeend', '<span class="badge cl">' + n + ' × ' + esc(cid)
          + '</span>');
      }
      applyCluster(det);
    });
    $('cluster-status').innerHTML = 'Identity cluster <b>' + esc(cid) + '</b> (' + esc(col) + '): <span id="cluster-count">'
      + ms.length + '</span> mentions in ' + docs.size + ' documents <button type="button" id="cluster-clear">clear</button>';
    $('cluster-clear').addEventListener('click', clearCluster);
  }

  function clearCluster() {
    state.cluster = null;
    document.querySelectorAll('.badge.cl').forEach((b) => b.remove());
    document.querySelectorAll('.m.cluster').forEach((p) => p.classList.remove('cluster'));
    $('cluster-status').textContent = 'Click an entity to see its identity cluster.';
  }

  function applyCluster(det) {
    det.querySelectorAll('.col').forEach((col) => {
      if (!col._marks) return;
      const c = state.cluster;
      const set = new Set();
      if (c && c.col === col.dataset.col) col._marks.forEach((mk, k) => { if (mk.cid === c.cid) set.add(k); });
      markPieces(col, set, 'cluster');
    });
  }

  function clusterHtml() {
    const c = state.cluster;
    const items = Array.from(c.docs).map((i) => {
      const n = c.mentions.filter((m) => m.doc === i).length;
      const texts = Array.from(new Set(c.mentions.filter((m) => m.doc === i).map((m) => quote(D.docs[i], m.f))));
      return '<li><a href="#" data-open="' + i + '">' + esc(D.docs[i].title) + '</a> <span class="muted">' + n
        + ' × ' + esc(texts.join(', ')) + '</span></li>';
    }).join('');
    return '<h4>Identity cluster ' + esc(c.cid) + ': ' + c.mentions.length + ' mentions in ' + c.docs.size
      + ' documents</h4><ul class="cluster-docs">' + items + '</ul>';
  }

  $('info').addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a[data-open]');
    if (!a) return;
    e.preventDefault();
    openDoc(Number(a.dataset.open)).scrollIntoView();
  });

  // ---- error list -----------------------------------------------------------------------
  const errors = D.errors.map((r, i) => ({
    i: i, sys: D.systems[r[0]], layer: r[1], part: r[2], doc: r[3], begin: r[4], end: r[5], offsets: r[6],
    label: r[7], kind: r[8], text: r[9], sent: r[10]
  }));
  const sortKeys = {
    system: (e) => e.sys, layer: (e) => e.part, doc: (e) => D.docs[e.doc] ? D.docs[e.doc].name : '',
    begin: (e) => e.i, label: (e) => e.label, kind: (e) => e.kind, text: (e) => e.text.toLowerCase()
  };
  const list = { sort: 'begin', dir: 1, page: 0, rows: errors };

  function filtered() {
    const sys = $('err-system').value;
    const layer = $('err-layer').value;
    const part = $('err-part').value;
    const kind = $('err-kind').value;
    const q = $('err-text').value.trim().toLowerCase();
    const rows = errors.filter((e) => (!sys || e.sys === sys) && (!layer || e.layer === layer)
      && (!part || e.part === part) && (!kind || e.kind === kind)
      && (!q || e.text.toLowerCase().includes(q) || e.sent.toLowerCase().includes(q)));
    const key = sortKeys[list.sort];
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.i - b.i) * list.dir;
    });
    return rows;
  }

  function renderErrors(resetPage) {
    if (resetPage) list.page = 0;
    list.rows = filtered();
    const pages = Math.max(1, Math.ceil(list.rows.length / PAGE));
    list.page = Math.min(list.page, pages - 1);
    const from = list.page * PAGE;
    const shown = list.rows.slice(from, from + PAGE);
    $('err-table').tBodies[0].innerHTML = shown.map((e) => {
      const doc = D.docs[e.doc];
      return '<tr data-i="' + e.i + '"><td>' + esc(e.sys) + '</td><td>' + esc(e.part) + '</td><td title="'
        + esc(doc ? doc.name : '') + '">' + esc(doc ? doc.title : '') + '</td><td class="num">' + esc(e.offsets)
        + '</td><td>' + esc(e.label) + '</td><td>' + esc(e.kind) + '</td><td>' + esc(e.text) + '</td><td class="sent">'
        + esc(e.sent) + '</td></tr>';
    }).join('');
    $('err-count').textContent = list.rows.length ? 'rows ' + (from + 1) + '–' + (from + shown.length) + ' of '
      + list.rows.length + (list.rows.length === errors.length ? '' : ' (filtered from ' + errors.length + ')')
      : 'no error matches (' + errors.length + ' in all)';
    $('err-page').textContent = 'page ' + (list.page + 1) + ' of ' + pages;
    $('err-prev').disabled = list.page === 0;
    $('err-next').disabled = list.page >= pages - 1;
  }

  ['err-system', 'err-layer', 'err-part', 'err-kind'].forEach((id) => $(id).addEventListener('change', () => renderErrors(true)));
  $('err-text').addEventListener('input', () => renderErrors(true));
  $('err-prev').addEventListener('click', () => { list.page--; renderErrors(false); });
  $('err-next').addEventListener('click', () => { list.page++; renderErrors(false); });
  document.querySelectorAll('#err-table th[data-sort]').forEach((th) => th.addEventListener('click', () => {
    const key = th.dataset.sort;
    list.dir = list.sort === key ? -list.dir : 1;
    list.sort = key;
    document.querySelectorAll('#err-table th').forEach((x) => x.classList.remove('asc', 'desc'));
    th.classList.add(list.dir > 0 ? 'asc' : 'desc');
    renderErrors(true);
  }));

  // A row opens its document at the span, with that system and layer.
  $('err-table').tBodies[0].addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr');
    if (!tr) return;
    const e = errors[Number(tr.dataset.i)];
    if (!D.docs[e.doc]) return;
    if (state.system !== '*' && state.system !== e.sys) { state.system = e.sys; $('doc-system').value = e.sys; }
    if (state.layer !== e.layer) { state.layer = e.layer; $('doc-layer').value = e.layer; }
    rerenderOpen();
    const det = openDoc(e.doc);
    const col = det.querySelector('.col[data-col="' + CSS.escape(e.sys) + '"]');
    let target = det;
    if (col && col._marks) {
      const k = col._marks.findIndex((mk) => mk.f[0][0] === e.begin && mk.end === e.end);
      if (k >= 0) {
        target = Array.from(col.querySelectorAll('.m')).find((p) => p.dataset.k.split(' ').includes(String(k))) || det;
      }
    }
    target.scrollIntoView({ block: 'center' });
    target.classList.add('flash');
    setTimeout(() => target.classList.remove('flash'), 1600);
  });

  renderErrors(true);
})();
