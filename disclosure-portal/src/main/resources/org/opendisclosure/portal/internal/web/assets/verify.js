// "核验": checks in the browser, with Web Crypto only, that the content of this page is what the
// transparency log recorded. The same five checks as the standalone LogVerifier of disclosure-core:
//   1. the checkpoint (a C2SP signed note) carries a valid Ed25519 signature by the log key;
//   2. the proof's leaf names this item;
//   3. the leaf's contentSha256 is the SHA-256 of this page's canonical content;
//   4. the proof is for the checkpoint's tree size;
//   5. the RFC 9162 inclusion proof leads from the leaf hash (SHA-256(0x00 || leaf)) to the
//      checkpoint's root, nodes being SHA-256(0x01 || left || right).
(function () {
  'use strict';
  var enc = new TextEncoder();

  function b64(s) {
    var bin = atob(s);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }
  function hex(bytes) {
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  function concat() {
    var total = 0, i;
    for (i = 0; i < arguments.length; i++) { total += arguments[i].length; }
    var out = new Uint8Array(total), at = 0;
    for (i = 0; i < arguments.length; i++) { out.set(arguments[i], at); at += arguments[i].length; }
    return out;
  }
  function equal(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }
  function sha256(bytes) {
    return crypto.subtle.digest('SHA-256', bytes).then(function (d) { return new Uint8Array(d); });
  }

  // RFC 9162 section 2.1.3.2, with sizes as Numbers (exact below 2^53).
  async function verifyInclusion(index, size, leaf, path, root) {
    if (index < 0 || index >= size) { return false; }
    var fn = index, sn = size - 1;
    var r = await sha256(concat(new Uint8Array([0]), leaf));
    for (var i = 0; i < path.length; i++) {
      var p = path[i];
      if (sn === 0 || p.length !== 32) { return false; }
      if (fn % 2 === 1 || fn === sn) {
        r = await sha256(concat(new Uint8Array([1]), p, r));
        while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
      } else {
        r = await sha256(concat(new Uint8Array([1]), r, p));
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && equal(r, root);
  }

  // C2SP signed note: the text ends at the last blank line; then lines "— name base64(keyhash4 || sig)".
  function parseNote(note) {
    var split = note.lastIndexOf('\n\n');
    if (split < 0 || note.charAt(note.length - 1) !== '\n') { return null; }
    var text = note.substring(0, split + 1);
    var lines = note.substring(split + 2, note.length - 1).split('\n');
    var sigs = [];
    for (var i = 0; i < lines.length; i++) {
      var m = /^\u2014 (\S+) (\S+)$/.exec(lines[i]);
      if (!m) { return null; }
      sigs.push({ name: m[1], blob: b64(m[2]) });
    }
    var body = text.split('\n');
    return { text: text, origin: body[0], size: Number(body[1]), root: b64(body[2] || ''), sigs: sigs };
  }

  async function verifySignature(note, name, rawKey) {
    var keyHash = (await sha256(concat(enc.encode(name + '\n'), new Uint8Array([1]), rawKey))).slice(0, 4);
    var key = await crypto.subtle.importKey('raw', rawKey, { name: 'Ed25519' }, false, ['verify']);
    for (var i = 0; i < note.sigs.length; i++) {
      var s = note.sigs[i];
      if (s.name === name && equal(s.blob.slice(0, 4), keyHash)) {
        return crypto.subtle.verify({ name: 'Ed25519' }, key, s.blob.slice(4), enc.encode(note.text));
      }
    }
    return false;
  }

  function getText(url) {
    return fetch(url, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' → HTTP ' + r.status); }
      return r.text();
    });
  }

  async function run(section, out) {
    var id = section.getAttribute('data-item-id');
    var canonical = document.getElementById('canonical-content').textContent;
    var checks = [];
    function add(ok, label, detail) { checks.push({ ok: ok, label: label, detail: detail }); }
    if (!window.crypto || !crypto.subtle) {
      throw new Error('此浏览器或连接不支持 Web Crypto（需通过 HTTPS 访问本站）');
    }
    var key = JSON.parse(await getText(section.getAttribute('data-key-url')));
    var note, proof;
    for (var attempt = 0; attempt < 3; attempt++) {
      note = parseNote(await getText(section.getAttribute('data-checkpoint-url')));
      proof = JSON.parse(await getText(section.getAttribute('data-proof-url')));
      if (!note || proof.treeSize === note.size) { break; }
    }
    var rawKey = b64(key.publicKey);
    var signed = false;
    try { signed = !!note && await verifySignature(note, key.name, rawKey); } catch (e) { signed = false; }
    add(signed, '检查点由日志密钥签名', '密钥 ' + key.name + '，公钥 ' + key.publicKey);
    var leafBytes = b64(proof.leaf);
    var leaf = JSON.parse(new TextDecoder().decode(leafBytes));
    add(leaf.item === id, '日志记录对应本条信息', '记录 ' + leaf.item + '（' + leaf.event + '，第' + leaf.revision + '版）');
    var contentHash = hex(await sha256(enc.encode(canonical)));
    add(contentHash === leaf.contentSha256, '本页内容与日志记录的哈希一致',
        '本页 ' + contentHash + '；日志 ' + leaf.contentSha256);
    add(!!note && proof.treeSize === note.size, '证明对应已签名的日志大小',
        '证明 ' + proof.treeSize + '，检查点 ' + (note ? note.size : '无'));
    var included = !!note && await verifyInclusion(proof.leafIndex, note.size, leafBytes,
        proof.auditPath.map(b64), note.root);
    add(included, '记录包含在已签名的日志中', '第 ' + proof.leafIndex + ' 条，共 ' + (note ? note.size : '?') + ' 条');
    return checks;
  }

  function render(out, checks, error) {
    out.textContent = '';
    var ok = !error && checks.every(function (c) { return c.ok; });
    var summary = document.createElement('p');
    summary.className = 'summary ' + (ok ? 'pass' : 'fail');
    summary.textContent = error ? '核验失败：' + error.message
        : ok ? '✓ 核验通过：本页内容与已签名发布日志中的记录一致。'
        : '✗ 核验失败：本页内容与发布日志不一致，可能已被改动。请以发布机关确认的内容为准。';
    out.appendChild(summary);
    var list = document.createElement('ul');
    checks.forEach(function (c) {
      var li = document.createElement('li');
      li.className = c.ok ? 'pass' : 'fail';
      li.textContent = (c.ok ? '✓ ' : '✗ ') + c.label + '（' + c.detail + '）';
      list.appendChild(li);
    });
    out.appendChild(list);
    out.setAttribute('data-verified', ok ? 'true' : 'false');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var section = document.querySelector('section.verify');
    if (!section) { return; }
    var button = section.querySelector('.verify-button');
    var out = section.querySelector('.verify-result');
    button.hidden = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      out.removeAttribute('data-verified');
      out.textContent = '正在核验……';
      run(section, out).then(function (checks) { render(out, checks, null); },
        function (e) { render(out, [], e); }).then(function () { button.disabled = false; });
    });
  });
})();
