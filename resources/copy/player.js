// The party's copy of a hearing: plays every camera in sync on one hearing timeline, the
// mixed sound or one microphone alone, and shows the entries, recesses, left-out passages and
// the protocol. Reads window.HATTAMA_COPY from data.js (the contract: docs/party-copy.md).
// Plain ES2017, no libraries, nothing fetched: it runs from file:// in Chromium, Firefox, Edge.
(function () {
  'use strict';

  // Every string the page shows, in the copy's two languages.
  var TEXT = {
    ru: {
      pageTitle: 'Аудио-, видеозапись судебного заседания',
      caseNo: 'Дело № %1',
      hearingOf: 'Судебное заседание %1',
      play: 'Воспроизвести',
      pause: 'Пауза',
      sound: 'Звук',
      mix: 'Общий звук (все микрофоны)',
      mic: 'Мик. %1',
      entries: 'Ход заседания',
      protocol: 'Протокол',
      about: 'О копии',
      protocolPdf: 'Подписанный протокол (PDF)',
      protocolSignature: 'Электронная подпись протокола (.p7s)',
      protocolOpen: 'Открыть протокол отдельно',
      noProtocol: 'Протокол в эту копию не включён.',
      unsigned: 'Протокол не подписан: это его текст на день выдачи копии, без электронной подписи.',
      sealSignature: 'Печать заседания и её подпись (.p7s)',
      recess: 'Перерыв',
      recessNotice: 'Перерыв в судебном заседании: %1 – %2.',
      recessText: 'Во время перерыва запись не велась.',
      excluded: 'Не вошло в копию',
      excludedTitle: 'Отрывок %1 – %2 в копию не включён',
      excludedText: '%1. Основание: %2',
      excludedNoReason: '%1.',
      sealed: 'Закрытое судебное заседание',
      offRecord: 'Вне протокола',
      gapTitle: 'Запись отсутствует: %1 – %2',
      speakers: 'Выступающие',
      speaking: 'Выступающий: %1',
      recording: 'Запись',
      camera: 'Камера',
      court: 'Суд',
      caseLabel: 'Дело',
      hearingLabel: 'Заседание',
      startedLabel: 'Начало',
      recipient: 'Кому выдана',
      issuedBy: 'Кем выдана',
      issuedAt: 'Когда выдана',
      issuedLine: 'Копия для: %1',
      left: 'Не вошло в копию',
      none: 'нет',
      check: 'Как проверить, что копия не изменена, и подпись протокола — в файле README.txt рядом с этой страницей (sha256sum -c SHA256SUMS, openssl cms -verify).',
      keys: 'Пробел — пуск и пауза; ← и → — на 5 секунд назад и вперёд; щелчок по записи или по шкале — перейти к этому моменту.',
      noData: 'Данные копии не найдены: рядом с index.html должен быть файл data.js. Копия повреждена или неполна.',
      mediaError: 'Файл не открывается: %1'
    },
    kk: {
      pageTitle: 'Сот отырысының аудио-, бейнежазбасы',
      caseNo: '№ %1 іс',
      hearingOf: 'Сот отырысы: %1',
      play: 'Ойнату',
      pause: 'Кідірту',
      sound: 'Дыбыс',
      mix: 'Жалпы дыбыс (барлық микрофон)',
      mic: '%1-микрофон',
      entries: 'Отырыстың барысы',
      protocol: 'Хаттама',
      about: 'Көшірме туралы',
      protocolPdf: 'Қол қойылған хаттама (PDF)',
      protocolSignature: 'Хаттаманың электрондық қолтаңбасы (.p7s)',
      protocolOpen: 'Хаттаманы бөлек ашу',
      noProtocol: 'Бұл көшірмеге хаттама енгізілмеген.',
      unsigned: 'Хаттамаға қол қойылмаған: бұл оның көшірме берілген күнгі мәтіні, электрондық қолтаңбасыз.',
      sealSignature: 'Отырыс мөрі және оның қолтаңбасы (.p7s)',
      recess: 'Үзіліс',
      recessNotice: 'Сот отырысындағы үзіліс: %1 – %2.',
      recessText: 'Үзіліс кезінде жазба жүргізілген жоқ.',
      excluded: 'Көшірмеге енгізілмеген',
      excludedTitle: '%1 – %2 аралығындағы үзінді көшірмеге енгізілмеген',
      excludedText: '%1. Негізі: %2',
      excludedNoReason: '%1.',
      sealed: 'Жабық сот отырысы',
      offRecord: 'Хаттамадан тыс',
      gapTitle: 'Жазба жоқ: %1 – %2',
      speakers: 'Сөйлеушілер',
      speaking: 'Сөйлеуші: %1',
      recording: 'Жазба',
      camera: 'Камера',
      court: 'Сот',
      caseLabel: 'Іс',
      hearingLabel: 'Отырыс',
      startedLabel: 'Басталуы',
      recipient: 'Кімге берілді',
      issuedBy: 'Кім берді',
      issuedAt: 'Берілген уақыты',
      issuedLine: 'Көшірме алушы: %1',
      left: 'Көшірмеге енгізілмегені',
      none: 'жоқ',
      check: 'Көшірменің өзгертілмегенін және хаттаманың қолтаңбасын қалай тексеру керектігі осы беттің жанындағы README.txt файлында жазылған (sha256sum -c SHA256SUMS, openssl cms -verify).',
      keys: 'Бос орын (Space) — ойнату және кідірту; ← және → — 5 секунд артқа және алға; жазбаны немесе шкаланы басу — сол сәтке өту.',
      noData: 'Көшірменің деректері табылмады: index.html жанында data.js файлы болуы керек. Көшірме бүлінген немесе толық емес.',
      mediaError: 'Файл ашылмайды: %1'
    }
  };

  var SEEK_STEP_S = 5;
  var MAX_DRIFT_S = 0.1;   // a follower further than this from the lead is put back on it
  var TICK_MS = 100;

  var data = window.HATTAMA_COPY;
  var lang = pickLanguage(data);
  var T = TEXT[lang];
  document.documentElement.lang = lang;

  function pickLanguage(d) {
    var query = /[?&]lang=(ru|kk)\b/.exec(window.location.search);
    if (query) return query[1];
    return d && d.language === 'kk' ? 'kk' : 'ru';
  }

  function fill(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/%(\d)/g, function (m, n) {
      var v = args[Number(n) - 1];
      return v === undefined ? m : String(v);
    });
  }

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // Paths in data.js are plain relative file paths; each piece is encoded for the URL so that
  // Cyrillic names, spaces and '#' survive on every browser.
  function fileUrl(path) {
    return path.split('/').map(encodeURIComponent).join('/');
  }

  function clock(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    var sec = s % 60;
    return h + ':' + (m < 10 ? '0' : '') + m + ':' + (sec < 10 ? '0' : '') + sec;
  }

  // Times are shown as they were in the courtroom: the clock fields written in the ISO time
  // ("2026-11-23T10:15:00+05:00"), whatever the time zone of the computer playing the copy.
  // The Date returned holds those fields as UTC (read it with getUTC*).
  function courtTime(iso, plusMs) {
    var m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?/.exec(iso || '');
    if (!m) return null;
    return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0)) + (plusMs || 0));
  }

  function pad2(n) { return (n < 10 ? '0' : '') + n; }

  function wallClock(ms) {
    var d = courtTime(data.hearing && data.hearing.startedAt, ms);
    if (!d) return '';
    return pad2(d.getUTCHours()) + ':' + pad2(d.getUTCMinutes()) + ':' + pad2(d.getUTCSeconds());
  }

  function dateTime(iso) {
    var d = courtTime(iso, 0);
    if (!d) return iso || '';
    return pad2(d.getUTCDate()) + '.' + pad2(d.getUTCMonth() + 1) + '.' + d.getUTCFullYear() + ' ' +
      pad2(d.getUTCHours()) + ':' + pad2(d.getUTCMinutes());
  }

  function fatal(message) {
    var box = $('fatal');
    box.textContent = message;
    box.hidden = false;
  }

  if (!data || !data.parts) {
    document.title = T.pageTitle;
    fatal(T.noData);
    return;
  }

  var parts = data.parts.slice().sort(function (a, b) { return a.startMs - b.startMs; });
  var cameras = data.cameras || [];
  var mics = data.microphones || [];
  var entries = (data.entries || []).slice().sort(function (a, b) { return a.timeMs - b.timeMs; });
  var recesses = data.recesses || [];
  var excluded = data.excluded || [];
  var totalMs = (data.hearing && data.hearing.durationMs) ||
    parts.reduce(function (m, p) { return Math.max(m, p.endMs); }, 0);

  // ---- media elements: per part, one video per camera and one audio per microphone ----
  var grid = $('grid');
  function mediaElement(tag, path, partIndex) {
    var m = document.createElement(tag);
    m.preload = 'metadata';
    m.muted = true;
    m.dataset.part = String(partIndex);
    m.src = fileUrl(path);
    m.addEventListener('error', function () { fatal(fill(T.mediaError, path)); });
    m.addEventListener('ended', onMediaEnded);
    return m;
  }
  var media = parts.map(function (part, index) {
    var set = { part: part, index: index, videos: [], mics: {} };
    cameras.forEach(function (camera) {
      var path = part.cameras && part.cameras[camera.id];
      var cell = el('figure', 'cell');
      cell.dataset.part = String(index);
      cell.hidden = true;
      if (path) {
        var video = mediaElement('video', path, index);
        video.playsInline = true;
        video.dataset.camera = camera.id;
        cell.appendChild(video);
        set.videos.push(video);
      }
      cell.appendChild(el('figcaption', null, camera.name || T.camera));
      grid.appendChild(cell);
    });
    mics.forEach(function (mic) {
      var path = part.microphones && part.microphones[mic.id];
      if (!path) return;
      var audio = mediaElement('audio', path, index);
      audio.dataset.microphone = mic.id;
      document.body.appendChild(audio);
      set.mics[mic.id] = audio;
    });
    return set;
  });
  var gridColumns = cameras.length <= 1 ? 1 : cameras.length <= 4 ? 2 : 3;
  grid.style.gridTemplateColumns = 'repeat(' + gridColumns + ', 1fr)';

  // ---- the playing state: position on the hearing timeline, current part, sound choice ----
  var state = {
    positionMs: parts.length ? parts[0].startMs : 0,
    partIndex: parts.length ? 0 : -1, // -1: the position is in a gap (recess, left out)
    playing: false,
    solo: null // microphone id, or null for the mixed sound
  };

  function partAt(ms) {
    for (var i = 0; i < parts.length; i++) {
      if (ms >= parts[i].startMs && ms < parts[i].endMs) return i;
    }
    return -1;
  }

  function nextPartAfter(ms) {
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].startMs >= ms) return i;
    }
    return -1;
  }

  function covering(list, ms) {
    for (var i = 0; i < list.length; i++) {
      if (ms >= list[i].startMs && ms < list[i].endMs) return list[i];
    }
    return null;
  }

  // The lead element of a part sets the clock: the first camera (its sound is the mix), else
  // the soloed or first microphone.
  function lead(set) {
    if (set.videos.length) return set.videos[0];
    if (state.solo && set.mics[state.solo]) return set.mics[state.solo];
    var ids = Object.keys(set.mics);
    return ids.length ? set.mics[ids[0]] : null;
  }

  function audible(set) {
    // Which element of the part is heard: the lead video (mixed sound) or one microphone.
    if (state.solo) return set.mics[state.solo] || null;
    return set.videos.length ? set.videos[0] : null;
  }

  function activeElements(set) {
    var list = set.videos.slice();
    var heard = audible(set);
    if (heard && list.indexOf(heard) < 0) list.push(heard);
    var l = lead(set);
    if (l && list.indexOf(l) < 0) list.push(l);
    return list;
  }

  function applySound() {
    media.forEach(function (set, index) {
      var current = index === state.partIndex;
      var heard = current ? audible(set) : null;
      var active = current ? activeElements(set) : [];
      set.videos.forEach(function (v) { v.muted = v !== heard; });
      Object.keys(set.mics).forEach(function (id) {
        var a = set.mics[id];
        a.muted = a !== heard;
        if (active.indexOf(a) < 0 && !a.paused) a.pause();
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('#sound-options input'), function (input) {
      input.checked = (input.value === '') ? state.solo === null : input.value === state.solo;
    });
  }

  // Shows the cameras of the part; in a gap (recess, left out) no picture at all, only the
  // notice: nothing from before or after the gap stands in for it.
  function showPart(index) {
    Array.prototype.forEach.call(grid.children, function (cell) {
      cell.hidden = cell.dataset.part !== String(index);
    });
  }

  function pauseAllExcept(keep) {
    Array.prototype.forEach.call(document.querySelectorAll('video, audio'), function (m) {
      if (keep.indexOf(m) < 0 && !m.paused) m.pause();
    });
  }

  function playElement(m) {
    var p = m.play();
    if (p && p.catch) p.catch(function () { /* autoplay refused: the user presses Play */ });
  }

  // Moves every element of the part to the position; plays them if playing.
  function seek(ms) {
    ms = Math.max(0, Math.min(totalMs, ms));
    state.positionMs = ms;
    var index = partAt(ms);
    state.partIndex = index;
    showPart(index);
    if (index >= 0) {
      var set = media[index];
      var t = (ms - set.part.startMs) / 1000;
      var active = activeElements(set);
      active.forEach(function (m) { m.currentTime = t; });
      pauseAllExcept(state.playing ? active : []);
      applySound();
      if (state.playing) active.forEach(playElement);
    } else {
      pauseAllExcept([]);
    }
    render();
  }

  function setPlaying(on) {
    state.playing = on;
    if (on && state.partIndex < 0) {
      var next = nextPartAfter(state.positionMs);
      if (next < 0) { state.playing = false; render(); return; }
      seek(parts[next].startMs);
      return;
    }
    if (on) {
      seek(state.positionMs);
    } else {
      pauseAllExcept([]);
      render();
    }
  }

  function onMediaEnded(event) {
    var set = media[state.partIndex];
    if (!set || event.target !== lead(set) || !state.playing) return;
    var next = state.partIndex + 1;
    if (next >= parts.length) {
      state.playing = false;
      state.positionMs = set.part.endMs;
      render();
      return;
    }
    flashGap(set.part.endMs, parts[next].startMs);
    seek(parts[next].startMs);
  }

  // The clock: the lead element's time; the other elements follow it within MAX_DRIFT_S.
  function tick() {
    if (state.partIndex < 0) return;
    var set = media[state.partIndex];
    var l = lead(set);
    if (!l) return;
    state.positionMs = set.part.startMs + l.currentTime * 1000;
    if (state.playing) {
      activeElements(set).forEach(function (m) {
        if (m === l) return;
        if (Math.abs(m.currentTime - l.currentTime) > MAX_DRIFT_S) m.currentTime = l.currentTime;
        if (m.paused && !l.paused) playElement(m);
      });
      if (l.currentTime * 1000 >= set.part.endMs - set.part.startMs && !l.ended) {
        onMediaEnded({ target: l });
      }
    }
    render();
  }

  // ---- notices for the gaps: recesses and passages left out ----
  var flashUntil = 0;
  var flashed = null;

  function gapNotice(ms) {
    var ex = covering(excluded, ms);
    if (ex) {
      var kind = ex.kind === 'off_record' ? T.offRecord : T.sealed;
      return {
        kind: 'excluded',
        title: fill(T.excludedTitle, clock(ex.startMs), clock(ex.endMs)),
        text: ex.reason ? fill(T.excludedText, kind, ex.reason) : fill(T.excludedNoReason, kind)
      };
    }
    var r = covering(recesses, ms);
    if (r) {
      return { kind: 'recess', title: fill(T.recessNotice, clock(r.startMs), clock(r.endMs)), text: T.recessText };
    }
    var next = nextPartAfter(ms);
    var prevEnd = 0;
    parts.forEach(function (p) { if (p.endMs <= ms) prevEnd = Math.max(prevEnd, p.endMs); });
    return { kind: 'gap', title: fill(T.gapTitle, clock(prevEnd), clock(next >= 0 ? parts[next].startMs : totalMs)), text: '' };
  }

  function flashGap(fromMs, toMs) {
    if (toMs - fromMs < 1) return;
    flashed = gapNotice(fromMs);
    flashUntil = Date.now() + 4000;
  }

  function showNotice(notice) {
    var box = $('notice');
    if (!notice) { box.hidden = true; return; }
    box.hidden = false;
    box.className = 'notice notice-' + notice.kind;
    $('notice-title').textContent = notice.title;
    $('notice-text').textContent = notice.text;
  }

  // ---- rendering ----
  var timeline = $('timeline');
  var entryItems = [];

  function render() {
    $('play').textContent = state.playing ? '❚❚ ' + T.pause : '▶ ' + T.play;
    $('play').setAttribute('aria-pressed', state.playing ? 'true' : 'false');
    $('time').textContent = clock(state.positionMs);
    var wall = wallClock(state.positionMs);
    $('wall').textContent = wall ? '(' + wall + ')' : '';
    $('cursor').style.left = (totalMs ? 100 * state.positionMs / totalMs : 0) + '%';

    if (state.partIndex < 0) {
      showNotice(gapNotice(state.positionMs));
    } else if (flashed && Date.now() < flashUntil) {
      showNotice(flashed);
    } else {
      flashed = null;
      showNotice(null);
    }

    var speaker = speakerAt(state.positionMs);
    $('speaking').textContent = speaker ? fill(T.speaking, speaker) : '';

    var current = -1;
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].timeMs <= state.positionMs) current = i;
    }
    entryItems.forEach(function (item, i) { item.classList.toggle('current', i === current); });
  }

  function pct(ms) { return (totalMs ? 100 * ms / totalMs : 0) + '%'; }

  function span(lane, cls, startMs, endMs, title) {
    var s = el('div', 'span ' + cls);
    s.style.left = pct(startMs);
    s.style.width = pct(Math.max(0, endMs - startMs));
    if (title) s.title = title;
    lane.appendChild(s);
    return s;
  }

  function micById(id) {
    for (var i = 0; i < mics.length; i++) if (mics[i].id === id) return mics[i];
    return null;
  }

  function micLabel(mic) {
    var who = [mic.name, mic.role].filter(Boolean).join(', ');
    return fill(T.mic, mic.channel) + (who ? ' — ' + who : '');
  }

  // Who speaks when: data.speech if the copy has it, else from one entry with a speaker to the
  // next (never across a gap).
  var speech = (function () {
    if (data.speech) {
      return data.speech.map(function (s) {
        var mic = micById(s.microphone);
        return { startMs: s.startMs, endMs: s.endMs, name: s.speaker || (mic && mic.name) || '', key: s.microphone || s.speaker };
      });
    }
    var list = [];
    var withSpeaker = entries.filter(function (e) { return e.speaker; });
    withSpeaker.forEach(function (e, i) {
      var index = partAt(e.timeMs);
      if (index < 0) return;
      var end = parts[index].endMs;
      if (i + 1 < withSpeaker.length) end = Math.min(end, withSpeaker[i + 1].timeMs);
      list.push({ startMs: e.timeMs, endMs: end, name: e.speaker, key: e.speaker });
    });
    return list;
  })();

  function speakerAt(ms) {
    if (state.partIndex < 0) return '';
    var s = covering(speech, ms);
    return s ? s.name : '';
  }

  var speakerColours = {};
  function speakerColour(key) {
    if (!(key in speakerColours)) speakerColours[key] = Object.keys(speakerColours).length % 6;
    return speakerColours[key];
  }

  function buildTimeline() {
    var laneMedia = $('lane-media');
    parts.forEach(function (p) {
      span(laneMedia, 'rec', p.startMs, p.endMs, T.recording + ' ' + clock(p.startMs) + ' – ' + clock(p.endMs));
    });
    recesses.forEach(function (r) {
      span(laneMedia, 'recess', r.startMs, r.endMs, T.recess + ' ' + clock(r.startMs) + ' – ' + clock(r.endMs));
    });
    excluded.forEach(function (x) {
      var kind = x.kind === 'off_record' ? T.offRecord : T.sealed;
      span(laneMedia, 'excluded', x.startMs, x.endMs,
        T.excluded + ': ' + kind + ' ' + clock(x.startMs) + ' – ' + clock(x.endMs));
    });
    var laneSpeech = $('lane-speech');
    speech.forEach(function (s) {
      span(laneSpeech, 'speech c' + speakerColour(s.key), s.startMs, s.endMs, s.name);
    });
    var laneEntries = $('lane-entries');
    entries.forEach(function (e) {
      var tick = el('div', 'tick');
      tick.style.left = pct(e.timeMs);
      tick.title = clock(e.timeMs) + ' ' + (e.text || '');
      laneEntries.appendChild(tick);
    });
    $('total').textContent = clock(totalMs);

    var legend = $('legend');
    [['rec', T.recording], ['recess', T.recess], ['excluded', T.excluded], ['speech c0', T.speakers]]
      .forEach(function (item) {
        var key = el('span', 'key');
        key.appendChild(el('span', 'swatch ' + item[0]));
        key.appendChild(document.createTextNode(item[1]));
        legend.appendChild(key);
      });

    function seekToPointer(event) {
      var rect = timeline.getBoundingClientRect();
      var x = Math.min(Math.max(event.clientX - rect.left, 0), rect.width);
      seek(totalMs * x / rect.width);
    }
    var dragging = false;
    timeline.addEventListener('mousedown', function (e) { dragging = true; seekToPointer(e); });
    window.addEventListener('mousemove', function (e) { if (dragging) seekToPointer(e); });
    window.addEventListener('mouseup', function () { dragging = false; });
  }

  function buildEntries() {
    var list = $('entries');
    entries.forEach(function (e) {
      var item = el('li', 'entry kind-' + (e.kind || 'note'));
      var button = el('button', 'entry-button');
      button.type = 'button';
      button.dataset.timeMs = String(e.timeMs);
      button.appendChild(el('span', 'entry-time', clock(e.timeMs)));
      var body = el('span', 'entry-body');
      if (e.speaker) body.appendChild(el('span', 'entry-speaker', e.speaker));
      body.appendChild(el('span', 'entry-text', e.text || ''));
      button.appendChild(body);
      if (partAt(e.timeMs) < 0) item.classList.add('in-gap');
      button.addEventListener('click', function () { seek(e.timeMs); });
      item.appendChild(button);
      list.appendChild(item);
      entryItems.push(item);
    });
  }

  function buildSound() {
    $('sound-legend').textContent = T.sound;
    var options = $('sound-options');
    function option(value, label) {
      var wrap = el('label', 'sound-option');
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'sound';
      input.value = value;
      input.addEventListener('change', function () {
        state.solo = value || null;
        seek(state.positionMs);
      });
      wrap.appendChild(input);
      wrap.appendChild(document.createTextNode(label));
      options.appendChild(wrap);
    }
    option('', T.mix);
    mics.forEach(function (mic) { option(mic.id, micLabel(mic)); });
  }

  function buildHeader() {
    var c = data['case'] || {};
    var h = data.hearing || {};
    document.title = (c.number ? fill(T.caseNo, c.number) + ' — ' : '') + T.pageTitle;
    $('title').textContent = T.pageTitle;
    var sub = [];
    if (data.court && data.court.name) sub.push(data.court.name);
    if (c.number) sub.push(fill(T.caseNo, c.number) + (c.title ? ' · ' + c.title : ''));
    if (h.startedAt) sub.push(fill(T.hearingOf, dateTime(h.startedAt)));
    $('subtitle').textContent = sub.join(' · ');
    if (data.recipient && data.recipient.name) {
      $('issued').textContent = fill(T.issuedLine, [data.recipient.name, data.recipient.role].filter(Boolean).join(', '));
    }
    $('keys').textContent = T.keys;
  }

  function buildSide() {
    ['entries', 'protocol', 'about'].forEach(function (name) {
      var tab = $('tab-' + name);
      tab.textContent = T[name];
      tab.addEventListener('click', function () { selectTab(name); });
    });
    selectTab('entries');

    var p = data.protocol || {};
    var links = $('protocol-links');
    function link(path, label) {
      if (!path) return;
      var a = el('a', null, label);
      a.href = fileUrl(path);
      a.target = '_blank';
      links.appendChild(a);
    }
    link(p.pdf, T.protocolPdf);
    link(p.signature, T.protocolSignature);
    link(p.sealSignature, T.sealSignature);
    link(p.html, T.protocolOpen);
    if (p.html && p.signed === false) links.appendChild(el('p', 'protocol-unsigned', T.unsigned));
    var frame = $('protocol');
    frame.title = T.protocol;
    if (p.html) {
      frame.src = fileUrl(p.html);
    } else {
      frame.hidden = true;
      links.appendChild(el('p', null, T.noProtocol));
    }

    var about = $('about');
    function row(label, value) {
      if (!value) return;
      about.appendChild(el('dt', null, label));
      about.appendChild(el('dd', null, value));
    }
    var c = data['case'] || {};
    row(T.court, data.court && data.court.name);
    row(T.caseLabel, [c.number, c.title].filter(Boolean).join(' · '));
    row(T.startedLabel, data.hearing && data.hearing.startedAt ? dateTime(data.hearing.startedAt) : '');
    row(T.recipient, data.recipient && [data.recipient.name, data.recipient.role].filter(Boolean).join(', '));
    row(T.issuedBy, data.issued && data.issued.by);
    row(T.issuedAt, data.issued && data.issued.at ? dateTime(data.issued.at) : '');
    row(T.left, excluded.length ? excluded.map(function (x) {
      var kind = x.kind === 'off_record' ? T.offRecord : T.sealed;
      return clock(x.startMs) + ' – ' + clock(x.endMs) + ': ' + kind + (x.reason ? ' (' + x.reason + ')' : '');
    }).join('; ') : T.none);
    $('about-check').textContent = T.check;
  }

  function selectTab(name) {
    ['entries', 'protocol', 'about'].forEach(function (n) {
      var on = n === name;
      $('tab-' + n).setAttribute('aria-selected', on ? 'true' : 'false');
      $('panel-' + n).hidden = !on;
    });
  }

  function onKey(e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var target = e.target;
    if (target && (target.tagName === 'INPUT' && target.type !== 'radio' || target.tagName === 'TEXTAREA')) return;
    var step = e.shiftKey ? 6 * SEEK_STEP_S : SEEK_STEP_S;
    if (e.key === ' ' || e.code === 'Space') {
      e.preventDefault();
      setPlaying(!state.playing);
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      seek(state.positionMs - step * 1000);
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      seek(state.positionMs + step * 1000);
    }
  }

  buildHeader();
  buildTimeline();
  buildEntries();
  buildSound();
  buildSide();
  $('play').addEventListener('click', function () { setPlaying(!state.playing); });
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('keyup', function (e) {
    // Space must not also press the focused button when it is released.
    if (e.key === ' ' || e.code === 'Space') e.preventDefault();
  }, true);
  seek(state.positionMs);
  setInterval(tick, TICK_MS);
})();
