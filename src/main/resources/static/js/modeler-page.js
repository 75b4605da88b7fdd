// The modeler page: opens the procedure's newest draft (or version) in bpmn-js, saves drafts,
// validates on the server (click a finding to select its element), shows the diff, starts the
// what-if simulation and deploys. Texts come from the page; the server words the findings.
(function () {
  'use strict';
  var page = document.getElementById('modeler-page');
  var code = page.dataset.code;
  var currentVersion = page.dataset.currentVersion;
  var status = document.getElementById('modeler-status');
  var modeler = MotCuaModeler.create(document.getElementById('canvas'), document.getElementById('properties'),
      document.documentElement.lang);
  var draftId = null;
  window.motcuaModeler = modeler; // the browser tests read the canvas through it

  function csrfHeaders(headers) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function say(text, ok) {
    status.textContent = text;
    status.className = 'small ' + (ok ? 'text-success' : 'text-danger');
  }

  function setDraft(id) {
    draftId = id;
    document.getElementById('draft-label').textContent = id ? '#' + id : '';
    document.getElementById('whatif-draft').value = id || '';
  }

  // Some tools bind the prefix "camunda" to another namespace (Activiti's); the Camunda extension
  // owns that prefix here, so the foreign one is renamed (same namespace, same content) or the
  // model could not be saved again.
  var CAMUNDA_URI = 'http://camunda.org/schema/1.0/bpmn';

  function freeCamundaPrefix(xml) {
    var binding = /xmlns:camunda="([^"]*)"/.exec(xml);
    if (!binding || binding[1] === CAMUNDA_URI) {
      return xml;
    }
    return xml.replace(/xmlns:camunda=/g, 'xmlns:foreignCamunda=')
      .replace(/([<\s\/])camunda:/g, '$1foreignCamunda:');
  }

  async function open(xml) {
    var result = await modeler.importXML(freeCamundaPrefix(xml));
    modeler.get('canvas').zoom('fit-viewport');
    page.dataset.warnings = String(result.warnings.length);
    page.dataset.loaded = 'true';
  }

  async function load() {
    var response = await fetch('/api/procedures/' + encodeURIComponent(code) + '/model');
    setDraft(response.headers.get('X-Draft-Id'));
    await open(await response.text());
  }

  async function post(url, body) {
    var response = await fetch(url, {
      method: 'POST', body: body,
      headers: csrfHeaders(body ? { 'Content-Type': 'application/xml' } : {})
    });
    var text = await response.text();
    var json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { ok: response.ok, status: response.status, json: json };
  }

  function showFindings(findings) {
    var list = document.getElementById('findings');
    list.innerHTML = '';
    findings.forEach(function (finding) {
      var item = document.createElement('li');
      item.className = 'finding';
      item.dataset.elementId = finding.elementId || '';
      item.dataset.rule = finding.rule;
      item.textContent = (finding.elementId ? finding.elementId + ': ' : '') + finding.message;
      item.addEventListener('click', function () { select(finding.elementId); });
      list.appendChild(item);
    });
    if (!findings.length) {
      var none = document.createElement('li');
      none.className = 'text-success';
      none.id = 'model-valid';
      none.textContent = page.dataset.validText || '✓';
      list.appendChild(none);
    }
  }

  function select(elementId) {
    var element = elementId && modeler.get('elementRegistry').get(elementId);
    if (element) {
      modeler.get('selection').select(element);
      modeler.get('canvas').scrollToElement(element);
    }
  }

  async function saveDraft() {
    try {
      return await trySaveDraft();
    } catch (e) {
      say(String(e.message || e), false);
      return false;
    }
  }

  async function trySaveDraft() {
    var saved = await modeler.saveXML({ format: true });
    var comment = document.getElementById('draft-comment').value || 'Bản nháp';
    var url = '/api/procedures/' + encodeURIComponent(code) + '/drafts?basedOn=' + currentVersion
        + '&comment=' + encodeURIComponent(comment);
    var answer = await post(url, saved.xml);
    if (answer.ok) {
      setDraft(String(answer.json.id));
      say(page.dataset.savedText + ' #' + answer.json.id, true);
    } else {
      say(answer.json && answer.json.error ? answer.json.error : String(answer.status), false);
      if (answer.json && answer.json.findings) { showFindings(answer.json.findings); }
    }
    return answer.ok;
  }

  async function validate() {
    var saved = await modeler.saveXML({ format: true });
    var answer = await post('/api/procedures/validate?code=' + encodeURIComponent(code), saved.xml);
    if (answer.json && answer.json.findings) {
      showFindings(answer.json.findings);
      say(answer.json.valid ? page.dataset.validText : page.dataset.invalidText, !!answer.json.valid);
    }
  }

  async function deploy() {
    if (!(await saveDraft())) { return; }
    var url = '/api/procedures/' + encodeURIComponent(code) + '/drafts/' + draftId + '/deploy?versionTag='
        + encodeURIComponent(document.getElementById('version-tag').value)
        + '&changeNote=' + encodeURIComponent(document.getElementById('change-note').value);
    var answer = await post(url, null);
    if (answer.status === 201) {
      say(page.dataset.deployedText + ' v' + answer.json.version + ' (' + answer.json.versionTag + ')', true);
      page.dataset.deployedVersion = answer.json.version;
    } else {
      say(answer.json && answer.json.error ? answer.json.error : String(answer.status), false);
      if (answer.json && answer.json.findings) { showFindings(answer.json.findings); }
    }
  }

  async function showDiff() {
    if (!draftId && !(await saveDraft())) { return; }
    htmx.ajax('GET', '/procedures/' + encodeURIComponent(code) + '/diff?from=' + currentVersion + '&draft=' + draftId,
      { target: '#diff-area' });
  }

  document.getElementById('save-draft').addEventListener('click', saveDraft);
  document.getElementById('validate').addEventListener('click', validate);
  document.getElementById('deploy').addEventListener('click', deploy);
  document.getElementById('show-diff').addEventListener('click', showDiff);
  document.getElementById('open-file').addEventListener('change', function (event) {
    var file = event.target.files[0];
    if (!file) { return; }
    page.dataset.loaded = 'false';
    var reader = new FileReader();
    reader.onload = function () {
      open(reader.result).catch(function (e) {
        page.dataset.loaded = 'failed';
        say(String(e.message), false);
      });
    };
    reader.readAsText(file);
  });
  // the what-if runs on the saved draft: save the canvas first
  document.getElementById('whatif-form').addEventListener('htmx:confirm', function (event) {
    event.preventDefault();
    saveDraft().then(function (ok) { if (ok) { event.detail.issueRequest(); } });
  });

  load().catch(function (e) { say(String(e.message), false); });
}());
