<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Показать справку по этой команде.</translation>
    </message>
    <message>
        <source>hattama %1: %2</source>
        <translation>hattama %1: %2</translation>
    </message>
    <message>
        <source>Usage: hattama %1</source>
        <translation>Использование: hattama %1</translation>
    </message>
    <message>
        <source>Run &apos;hattama %1 --help&apos; for details.</source>
        <translation>Подробнее: &apos;hattama %1 --help&apos;.</translation>
    </message>
    <message>
        <source>List audio inputs (with channel counts), cameras and demo sources.</source>
        <translation>Показать аудиовходы (с числом каналов), камеры и демонстрационные источники.</translation>
    </message>
    <message>
        <source>Import, list and show hearings.</source>
        <translation>Импорт, список и просмотр судебных заседаний.</translation>
    </message>
    <message>
        <source>Build the hearing protocol in Russian or Kazakh as PDF, ODT or HTML.</source>
        <translation>Сформировать протокол судебного заседания на русском или казахском языке в формате PDF, ODT или HTML.</translation>
    </message>
    <message>
        <source>Record a hearing: every microphone on its own track, every camera in sync.</source>
        <translation>Записать судебное заседание: каждый микрофон на своей дорожке, все камеры синхронно.</translation>
    </message>
    <message>
        <source>Finish a hearing cut off by a crash or power loss.</source>
        <translation>Завершить запись заседания, прерванную сбоем или отключением питания.</translation>
    </message>
    <message>
        <source>Check a hearing folder: the media hash chain, then the signatures.</source>
        <translation>Проверить папку заседания: цепочку хешей записи, затем подписи.</translation>
    </message>
    <message>
        <source>give exactly one hearing folder</source>
        <translation>укажите ровно одну папку заседания</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>у параметра %1 должно быть значение</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use ru, kk or en</source>
        <translation>неизвестный язык &apos;%1&apos;: укажите ru, kk или en</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>неизвестный параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: hattama [--archive DIR] [--lang ru|kk|en] [--db URL] [COMMAND [OPTIONS]]</source>
        <translation>Использование: hattama [--archive ПАПКА] [--lang ru|kk|en] [--db URL] [КОМАНДА [ПАРАМЕТРЫ]]</translation>
    </message>
    <message>
        <source>Hattama records court hearings and produces their protocol.</source>
        <translation>Hattama записывает судебные заседания и составляет их протокол.</translation>
    </message>
    <message>
        <source>Without a command the main window opens.</source>
        <translation>Без команды открывается главное окно.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>(not built yet)</source>
        <translation>(ещё не реализована)</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <source>Archive folder (also HATTAMA_ARCHIVE).</source>
        <translation>Папка архива (также HATTAMA_ARCHIVE).</translation>
    </message>
    <message>
        <source>Language of messages and windows.</source>
        <translation>Язык сообщений и окон.</translation>
    </message>
    <message>
        <source>Court server database, e.g. postgresql://user@host:5432/hattama.</source>
        <translation>База данных на сервере суда, например postgresql://user@host:5432/hattama.</translation>
    </message>
    <message>
        <source>Show this help; &apos;hattama COMMAND --help&apos; for a command.</source>
        <translation>Показать эту справку; &apos;hattama КОМАНДА --help&apos; — справка по команде.</translation>
    </message>
    <message>
        <source>Show the version and the library versions in use.</source>
        <translation>Показать версию программы и используемых библиотек.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 environment error.</source>
        <translation>Коды завершения: 0 — успех, 1 — операция не удалась, 2 — ошибка в команде, 3 — ошибка окружения.</translation>
    </message>
    <message>
        <source>Run &apos;hattama --help&apos; for the commands and options.</source>
        <translation>Команды и параметры: &apos;hattama --help&apos;.</translation>
    </message>
    <message>
        <source>hattama %1: this command is not built yet in version %2.</source>
        <translation>hattama %1: в версии %2 эта команда ещё не реализована.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Audio inputs:</source>
        <translation>Аудиовходы:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Host API</source>
        <translation>Host API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Rates (Hz)</source>
        <translation>Частоты (Гц)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <source>Cameras:</source>
        <translation>Камеры:</translation>
    </message>
    <message>
        <source>(no camera found; the demo cameras are always there)</source>
        <translation>(камеры не найдены; демо-камеры доступны всегда)</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>проблема: %1</translation>
    </message>
    <message>
        <source>Print JSON (shape in docs/devices.md).</source>
        <translation>Вывести JSON (структура в docs/devices.md).</translation>
    </message>
    <message>
        <source>hattama devices: unexpected argument &apos;%1&apos;</source>
        <translation>hattama devices: лишний аргумент &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>HearingCommand</name>
    <message>
        <source>hattama hearing: %1</source>
        <translation>hattama hearing: %1</translation>
    </message>
    <message>
        <source>hattama hearing: cannot read %1: %2</source>
        <translation>hattama hearing: не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>hattama hearing: %1 is not a valid hearing file: %2</source>
        <translation>hattama hearing: %1 не является корректным файлом заседания: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported hearing %1 (%n timeline entries).</source>
        <translation>
            <numerusform>Заседание %1 импортировано (%n запись хронологии).</numerusform>
            <numerusform>Заседание %1 импортировано (%n записи хронологии).</numerusform>
            <numerusform>Заседание %1 импортировано (%n записей хронологии).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated hearing %1 (already imported; %n new timeline entries).</source>
        <translation>
            <numerusform>Заседание %1 обновлено (уже было импортировано; %n новая запись хронологии).</numerusform>
            <numerusform>Заседание %1 обновлено (уже было импортировано; %n новые записи хронологии).</numerusform>
            <numerusform>Заседание %1 обновлено (уже было импортировано; %n новых записей хронологии).</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing %1</source>
        <translation>Судебное заседание %1</translation>
    </message>
    <message>
        <source>Case: %1 (%2) %3</source>
        <translation>Дело: %1 (%2) %3</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>Судья: %1</translation>
    </message>
    <message>
        <source>Court: %1, %2; courtroom: %3</source>
        <translation>Суд: %1, %2; зал: %3</translation>
    </message>
    <message>
        <source>Scheduled: %1; started: %2; ended: %3</source>
        <translation>Назначено: %1; начато: %2; окончено: %3</translation>
    </message>
    <message>
        <source>Status: %1; protocol language: %2; %3</source>
        <translation>Состояние: %1; язык протокола: %2; %3</translation>
    </message>
    <message>
        <source>closed session</source>
        <translation>закрытое заседание</translation>
    </message>
    <message>
        <source>open session</source>
        <translation>открытое заседание</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>не явился</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Каналы:</translation>
    </message>
    <message>
        <source>microphone %1: %2</source>
        <translation>микрофон %1: %2</translation>
    </message>
    <message>
        <source>camera %1: %2</source>
        <translation>камера %1: %2</translation>
    </message>
    <message>
        <source>list: hearings scheduled on this day.</source>
        <translation>list: заседания, назначенные на этот день.</translation>
    </message>
    <message>
        <source>list: hearings whose case number contains N.</source>
        <translation>list: заседания, номер дела которых содержит N.</translation>
    </message>
    <message>
        <source>list: hearings whose notes, participants or case number contain TEXT.</source>
        <translation>list: заседания, в записях, участниках или номере дела которых есть TEXT.</translation>
    </message>
    <message>
        <source>show: write the hearing as JSON (the import format).</source>
        <translation>show: вывести заседание в JSON (в формате импорта).</translation>
    </message>
    <message>
        <source>import, list or show.</source>
        <translation>import, list или show.</translation>
    </message>
    <message>
        <source>FILE.json for import, ID for show.</source>
        <translation>FILE.json для import, ID для show.</translation>
    </message>
    <message>
        <source>say import, list or show.</source>
        <translation>укажите import, list или show.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;.</source>
        <translation>неизвестное действие «%1».</translation>
    </message>
    <message>
        <source>list takes no arguments besides its options.</source>
        <translation>list не принимает аргументов, кроме параметров.</translation>
    </message>
    <message>
        <source>%1 needs exactly one argument.</source>
        <translation>%1 требует ровно один аргумент.</translation>
    </message>
    <message>
        <source>--date %1 is not a date like 2026-11-23.</source>
        <translation>--date %1 — не дата вида 2026-11-23.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n entries):</source>
        <translation>
            <numerusform>Хронология (%n запись):</numerusform>
            <numerusform>Хронология (%n записи):</numerusform>
            <numerusform>Хронология (%n записей):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HearingNames</name>
    <message>
        <source>criminal</source>
        <translation>уголовное</translation>
    </message>
    <message>
        <source>civil</source>
        <translation>гражданское</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>административное</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>назначено</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>идёт запись</translation>
    </message>
    <message>
        <source>recess</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>protocol draft</source>
        <translation>проект протокола</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдано</translation>
    </message>
</context>
<context>
    <name>ProtocolCommand</name>
    <message>
        <source>hattama protocol: %1</source>
        <extracomment>%1 is an English error message from the program core</extracomment>
        <translation>hattama protocol: %1</translation>
    </message>
    <message>
        <source>Hearing folder (with hearing.json) or hearing ID.</source>
        <translation>Папка заседания (с hearing.json) или идентификатор заседания.</translation>
    </message>
    <message>
        <source>Output format: pdf, odt or html.</source>
        <translation>Формат результата: pdf, odt или html.</translation>
    </message>
    <message>
        <source>Output file (written whole or not at all).</source>
        <translation>Файл результата (записывается целиком или не записывается вовсе).</translation>
    </message>
    <message>
        <source>Full protocol (CPC art. 347) instead of the brief one.</source>
        <extracomment>&quot;brief protocol&quot; is «краткий протокол» / «қысқаша хаттама»; the full one follows CPC art. 347</extracomment>
        <translation>Полный протокол (ст. 347 УПК) вместо краткого.</translation>
    </message>
    <message>
        <source>Also keep the result as the next draft version in the hearing folder.</source>
        <translation>Также сохранить результат как следующую черновую версию в папке заседания.</translation>
    </message>
    <message>
        <source>The protocol language is the --lang option (ru or kk).</source>
        <translation>Язык протокола задаётся параметром --lang (ru или kk).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>укажите ровно одну папку заседания или один идентификатор заседания</translation>
    </message>
    <message>
        <source>the protocol language must be ru or kk: add --lang ru or --lang kk</source>
        <translation>язык протокола должен быть ru или kk: добавьте --lang ru или --lang kk</translation>
    </message>
    <message>
        <source>--format must be pdf, odt or html</source>
        <translation>--format должен быть pdf, odt или html</translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>укажите файл результата: -o ФАЙЛ</translation>
    </message>
    <message>
        <source>warning: the hearing data changed since draft version %1; %2 edited block(s) kept, %3 to check</source>
        <translation>предупреждение: данные заседания изменились после черновой версии %1; сохранено исправленных фрагментов: %2, требуют проверки: %3</translation>
    </message>
    <message>
        <source>Draft version %1 saved: %2</source>
        <translation>Черновая версия %1 сохранена: %2</translation>
    </message>
    <message>
        <source>Protocol written: %1</source>
        <translation>Протокол записан: %1</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>%1  part %2  segments %3  mics [%4] dBFS  overruns %5  dropped frames %6  no-signal frames %7</source>
        <translation>%1  часть %2  сегменты %3  микрофоны [%4] дБFS  переполнения %5  пропущено кадров %6  кадров «нет сигнала» %7</translation>
    </message>
    <message>
        <source>hattama record: %1</source>
        <translation>hattama record: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
    <message>
        <source>Hearing folder to record into.</source>
        <translation>Папка судебного заседания, в которую идёт запись.</translation>
    </message>
    <message>
        <source>Record demo sources (test tones, test pictures).</source>
        <translation>Записывать демонстрационные источники (тестовые тоны и изображения).</translation>
    </message>
    <message>
        <source>Number of microphones (demo), or the first N channels of the device.</source>
        <translation>Число микрофонов (демо) или первые N каналов устройства.</translation>
    </message>
    <message>
        <source>Number of demo cameras.</source>
        <translation>Число демонстрационных камер.</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Остановить через S секунд.</translation>
    </message>
    <message>
        <source>Channels to record, e.g. 1-4 or 1=Judge,2=Prosecutor.</source>
        <translation>Записываемые каналы, например 1-4 или 1=Судья,2=Прокурор.</translation>
    </message>
    <message>
        <source>A camera: [NAME=]demo, [NAME=]v4l2:/dev/video0 or [NAME=]lavfi:GRAPH. Repeat for more.</source>
        <translation>Камера: [ИМЯ=]demo, [ИМЯ=]v4l2:/dev/video0 или [ИМЯ=]lavfi:ГРАФ. Повторите для нескольких камер.</translation>
    </message>
    <message>
        <source>Segment length in seconds (default 10).</source>
        <translation>Длина сегмента в секундах (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Microphone track codec: opus (default) or flac.</source>
        <translation>Кодек дорожек микрофонов: opus (по умолчанию) или flac.</translation>
    </message>
    <message>
        <source>Camera picture size (default 1280x720).</source>
        <translation>Размер изображения камеры (по умолчанию 1280x720).</translation>
    </message>
    <message>
        <source>Camera frame rate (default 25).</source>
        <translation>Частота кадров камеры (по умолчанию 25).</translation>
    </message>
    <message>
        <source>x264 preset (default superfast).</source>
        <translation>Предустановка x264 (по умолчанию superfast).</translation>
    </message>
    <message>
        <source>Title stored in the media, e.g. the case number.</source>
        <translation>Заголовок, сохраняемый в медиафайлах, например номер дела.</translation>
    </message>
    <message>
        <source>Usage: hattama %1</source>
        <translation>Использование: hattama %1</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>требуется --out ПАПКА</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>неожиданный аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--mics needs a number from 0 to 64</source>
        <translation>для --mics нужно число от 0 до 64</translation>
    </message>
    <message>
        <source>--cameras needs a number from 0 to 16</source>
        <translation>для --cameras нужно число от 0 до 16</translation>
    </message>
    <message>
        <source>--cameras is for demo cameras; name real cameras with --camera</source>
        <translation>--cameras задаёт демонстрационные камеры; настоящие камеры указывайте через --camera</translation>
    </message>
    <message>
        <source>--fps needs a number from 1 to 120</source>
        <translation>для --fps нужно число от 1 до 120</translation>
    </message>
    <message>
        <source>--video-size needs WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>для --video-size нужно ШИРИНАxВЫСОТА, например 1280x720</translation>
    </message>
    <message>
        <source>--video-size needs even sizes from 16x16 to 7680x4320</source>
        <translation>для --video-size нужны чётные размеры от 16x16 до 7680x4320</translation>
    </message>
    <message>
        <source>--segment needs seconds from 1 to 600</source>
        <translation>для --segment нужно от 1 до 600 секунд</translation>
    </message>
    <message>
        <source>--segment must hold a whole number of frames at %1 fps</source>
        <translation>--segment должен вмещать целое число кадров при %1 кадр/с</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds</source>
        <translation>для --duration нужно положительное число секунд</translation>
    </message>
    <message>
        <source>--audio-codec needs opus or flac</source>
        <translation>для --audio-codec нужно opus или flac</translation>
    </message>
    <message>
        <source>--channels needs a list like 1,2,5-6 or 1=Judge,2=Prosecutor</source>
        <translation>для --channels нужен список вида 1,2,5-6 или 1=Судья,2=Прокурор</translation>
    </message>
    <message>
        <source>--audio-device cannot be combined with --demo</source>
        <translation>--audio-device нельзя сочетать с --demo</translation>
    </message>
    <message>
        <source>nothing to record: give microphones or cameras</source>
        <translation>нечего записывать: укажите микрофоны или камеры</translation>
    </message>
    <message>
        <source>Recording into %1. Press Ctrl+C to stop.</source>
        <translation>Запись в %1. Нажмите Ctrl+C, чтобы остановить.</translation>
    </message>
    <message>
        <source>%1: %2 frames, %3 captured, %4 dropped, %5 repeated, %6 no signal, %7 reconnects</source>
        <translation>%1: кадров %2, получено %3, пропущено %4, повторено %5, без сигнала %6, переподключений %7</translation>
    </message>
    <message>
        <source>Recording stopped; %1 recorded.</source>
        <translation>Запись остановлена; записано %1.</translation>
    </message>
    <message>
        <source>Stop cleanly when the disk has less than this many MB free (default 512); checked before and during recording.</source>
        <translation>Остановить запись, если на диске свободно меньше стольких МБ (по умолчанию 512); проверяется до и во время записи.</translation>
    </message>
    <message>
        <source>--min-free needs a number of megabytes</source>
        <translation>для --min-free нужно число мегабайт</translation>
    </message>
    <message>
        <source>Disk: %1 MB free, about %2 hours of recording.</source>
        <translation>Диск: свободно %1 МБ, примерно на %2 ч записи.</translation>
    </message>
    <message>
        <source>disk %1 h</source>
        <translation>диск %1 ч</translation>
    </message>
    <message>
        <source>hattama record: the audio input stopped delivering sound; the cameras go on and the input is tried again every second</source>
        <translation>hattama record: аудиовход перестал передавать звук; камеры продолжают запись, вход проверяется заново каждую секунду</translation>
    </message>
    <message>
        <source>hattama record: the audio input is back; recording sound again</source>
        <translation>hattama record: аудиовход снова доступен; звук снова записывается</translation>
    </message>
    <message>
        <source>Audio input: index or part of the name (see &apos;hattama devices&apos;). Repeat it to record several inputs together, on the first one&apos;s clock.</source>
        <translation>Аудиовход: номер или часть названия (см. &apos;hattama devices&apos;). Повторите параметр, чтобы записывать несколько входов вместе, по часам первого.</translation>
    </message>
    <message>
        <source>--channels is given more often than --audio-device: one list per device, in order</source>
        <translation>--channels указан чаще, чем --audio-device: по одному списку на устройство, в том же порядке</translation>
    </message>
</context>
<context>
    <name>Recover</name>
    <message>
        <source>started a manifest for the segments found</source>
        <translation>создан манифест для найденных сегментов</translation>
    </message>
    <message>
        <source>dropped the incomplete manifest line %1 (%2 bytes)</source>
        <translation>удалена незавершённая строка %1 манифеста (%2 байт)</translation>
    </message>
    <message>
        <source>removed %1, left from an interrupted recovery</source>
        <translation>удалён %1, оставшийся от прерванного восстановления</translation>
    </message>
    <message>
        <source>recovered segment %1: %2 s of media, closed and listed in the manifest</source>
        <translation>восстановлен сегмент %1: %2 с записи, закрыт и внесён в манифест</translation>
    </message>
    <message>
        <source>segment %1 holds nothing readable: kept aside as %1.damaged</source>
        <translation>в сегменте %1 нет читаемых данных: сохранён отдельно как %1.damaged</translation>
    </message>
    <message>
        <source>segment %1 is not listed but comes before listed segments: left alone, check it</source>
        <translation>сегмент %1 не внесён в манифест, но стоит перед внесёнными: оставлен без изменений, проверьте его</translation>
    </message>
    <message>
        <source>segment %1 is not listed although the recording was closed: left alone, it was added afterwards</source>
        <translation>сегмент %1 не внесён в манифест, хотя запись закрыта: оставлен без изменений, он добавлен позже</translation>
    </message>
    <message>
        <source>closed the manifest</source>
        <translation>манифест закрыт</translation>
    </message>
    <message>
        <source>marked the recording closed in %1</source>
        <translation>запись отмечена как закрытая в %1</translation>
    </message>
    <message>
        <source>The hearing folder to recover.</source>
        <translation>Папка судебного заседания для восстановления.</translation>
    </message>
    <message>
        <source>hattama recover: %1</source>
        <translation>hattama recover: %1</translation>
    </message>
    <message>
        <source>Hearing folder: %1</source>
        <translation>Папка судебного заседания: %1</translation>
    </message>
    <message>
        <source>Nothing to do: the hearing is closed and every segment is listed.</source>
        <translation>Делать нечего: запись закрыта, все сегменты внесены в манифест.</translation>
    </message>
    <message>
        <source>Segments in the manifest: %1</source>
        <translation>Сегментов в манифесте: %1</translation>
    </message>
    <message>
        <source>Result: recovery incomplete; run &apos;hattama verify&apos; for details.</source>
        <translation>Итог: восстановление неполное; подробности покажет &apos;hattama verify&apos;.</translation>
    </message>
    <message>
        <source>Result: recovered; run &apos;hattama verify %1&apos; to check it.</source>
        <translation>Итог: восстановлено; проверьте командой &apos;hattama verify %1&apos;.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>manifest chain broken: the header (line 1) is missing</source>
        <translation>цепочка манифеста нарушена: заголовок (строка 1) отсутствует</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 is malformed</source>
        <translation>цепочка манифеста нарушена: строка %1 манифеста имеет неверный формат</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 is altered: its content does not match its entry hash</source>
        <translation>цепочка манифеста нарушена: строка %1 манифеста изменена: её содержимое не совпадает с её хешем</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line 1 does not start the chain</source>
        <translation>цепочка манифеста нарушена: строка 1 манифеста не начинает цепочку</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 does not chain to line %2 (lines removed, inserted or reordered)</source>
        <translation>цепочка манифеста нарушена: строка %1 манифеста не связана со строкой %2 (строки удалены, вставлены или переставлены)</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 has a wrong sequence number</source>
        <translation>цепочка манифеста нарушена: у строки %1 манифеста неверный порядковый номер</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line 1 is not the header</source>
        <translation>цепочка манифеста нарушена: строка 1 манифеста не является заголовком</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 is a second header</source>
        <translation>цепочка манифеста нарушена: строка %1 манифеста — повторный заголовок</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 lists %2 a second time</source>
        <translation>цепочка манифеста нарушена: строка %1 манифеста повторно вносит %2</translation>
    </message>
    <message>
        <source>%1 is missing: this is not a hearing folder, or nothing was recorded</source>
        <translation>%1 отсутствует: это не папка судебного заседания, или ничего не было записано</translation>
    </message>
    <message>
        <source>manifest line %1 is incomplete (cut off by a crash): run &apos;hattama recover&apos;</source>
        <translation>строка %1 манифеста не завершена (оборвана сбоем): выполните &apos;hattama recover&apos;</translation>
    </message>
    <message>
        <source>the manifest ends at line %1 without its close line although the recording is closed: lines were removed</source>
        <translation>манифест обрывается на строке %1 без строки закрытия, хотя запись закрыта: строки были удалены</translation>
    </message>
    <message>
        <source>segment %1 (manifest line %2) is missing</source>
        <translation>сегмент %1 (строка %2 манифеста) отсутствует</translation>
    </message>
    <message>
        <source>segment %1 is altered: its SHA-256 differs from manifest line %2</source>
        <translation>сегмент %1 изменён: его SHA-256 не совпадает со строкой %2 манифеста</translation>
    </message>
    <message>
        <source>segment %1 holds the content listed for %2 (segments swapped or reordered)</source>
        <translation>сегмент %1 содержит данные, внесённые для %2 (сегменты переставлены)</translation>
    </message>
    <message>
        <source>segment %1 (manifest line %2) is listed after %3, which comes later</source>
        <translation>сегмент %1 (строка %2 манифеста) внесён после %3, который идёт позже</translation>
    </message>
    <message>
        <source>segment %1 is not in the manifest: it was added after the recording was closed</source>
        <translation>сегмента %1 нет в манифесте: он добавлен после закрытия записи</translation>
    </message>
    <message>
        <source>segment %1 is not in the manifest: unclosed after a crash, run &apos;hattama recover&apos;</source>
        <translation>сегмента %1 нет в манифесте: он не закрыт после сбоя, выполните &apos;hattama recover&apos;</translation>
    </message>
    <message>
        <source>segment %1 matches its hash but cannot be read as media</source>
        <translation>сегмент %1 совпадает со своим хешем, но не читается как медиафайл</translation>
    </message>
    <message>
        <source>the recording is not closed: it is still being recorded, or was cut off (run &apos;hattama recover&apos;)</source>
        <translation>запись не закрыта: она ещё идёт или была прервана (выполните &apos;hattama recover&apos;)</translation>
    </message>
    <message>
        <source>%1 is not a segment and is not in the manifest</source>
        <translation>%1 не является сегментом и не внесён в манифест</translation>
    </message>
    <message>
        <source>%1 ch, %2 Hz</source>
        <translation>%1 кан., %2 Гц</translation>
    </message>
    <message>
        <source>The hearing folder to check.</source>
        <translation>Папка судебного заседания для проверки.</translation>
    </message>
    <message>
        <source>hattama verify: cannot read %1: %2</source>
        <translation>hattama verify: не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Hearing folder: %1</source>
        <translation>Папка судебного заседания: %1</translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation>Судебное заседание: %1</translation>
    </message>
    <message>
        <source>Manifest lines: %1</source>
        <translation>Строк в манифесте: %1</translation>
    </message>
    <message>
        <source>Parts: %1</source>
        <translation>Частей: %1</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Сегментов: %1</translation>
    </message>
    <message>
        <source>Duration: %1 (%2 ms)</source>
        <translation>Длительность: %1 (%2 мс)</translation>
    </message>
    <message>
        <source>Tracks: %1</source>
        <translation>Дорожек: %1</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>ОШИБКА: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>Result: intact. Every segment matches the hash chain of the manifest.</source>
        <translation>Итог: целостность подтверждена. Каждый сегмент совпадает с цепочкой хешей манифеста.</translation>
    </message>
    <message>
        <source>Result: NOT intact.</source>
        <translation>Итог: целостность НАРУШЕНА.</translation>
    </message>
    <message>
        <source>Audit log: no database beside this folder, not checked</source>
        <translation>Журнал аудита: рядом с папкой нет базы данных, не проверялся</translation>
    </message>
    <message>
        <source>hattama verify: cannot open the database: %1</source>
        <translation>hattama verify: не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>hattama verify: cannot read the audit log: %1</source>
        <translation>hattama verify: не удаётся прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <source>ERROR: audit log chain broken: %1</source>
        <extracomment>%1 names the first bad row of the audit log, e.g. &quot;row 17: hash does not match its contents&quot;</extracomment>
        <translation>ОШИБКА: нарушена цепочка журнала аудита: %1</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact</source>
        <translation>Журнал аудита: записей — %1, цепочка не нарушена</translation>
    </message>
</context>
<context>
    <name>hattama::TimelineEditor</name>
    <message>
        <source>add entry</source>
        <translation>добавление записи</translation>
    </message>
    <message>
        <source>delete entry</source>
        <translation>удаление записи</translation>
    </message>
    <message>
        <source>edit entry</source>
        <translation>правка записи</translation>
    </message>
</context>
<context>
    <name>hattama::ui::AboutDialog</name>
    <message>
        <source>About Hattama</source>
        <translation>О программе Hattama</translation>
    </message>
    <message>
        <source>Hattama %1</source>
        <translation>Hattama %1</translation>
    </message>
    <message>
        <source>Records court hearings, every microphone and camera in sync, and produces the hearing protocol in Russian and Kazakh.</source>
        <translation>Записывает судебные заседания — все микрофоны и камеры синхронно — и составляет протокол заседания на русском и казахском языках.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may copy, change and share it under its terms; it comes with no warranty.</source>
        <translation>Свободная программа под лицензией GNU General Public License версии 3 или более поздней. Её можно копировать, изменять и распространять на условиях лицензии; никаких гарантий не предоставляется.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::CameraPreview</name>
    <message>
        <source>No signal</source>
        <translation>Нет сигнала</translation>
    </message>
    <message>
        <source>Picture frozen</source>
        <translation>Изображение застыло</translation>
    </message>
</context>
<context>
    <name>hattama::ui::ChannelMappingPanel</name>
    <message>
        <source>— not used —</source>
        <translation>— не используется —</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Who speaks into it</source>
        <translation>Кто в него говорит</translation>
    </message>
    <message>
        <source>Level (speak to find the microphone)</source>
        <translation>Уровень (скажите что-нибудь, чтобы найти микрофон)</translation>
    </message>
</context>
<context>
    <name>hattama::ui::DevicePanel</name>
    <message>
        <source>Audio input:</source>
        <translation>Аудиовход:</translation>
    </message>
    <message>
        <source>Cameras:</source>
        <translation>Камеры:</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>Найти устройства заново</translation>
    </message>
    <message>
        <source>After plugging in a microphone interface or a camera</source>
        <translation>После подключения микрофонного интерфейса или камеры</translation>
    </message>
    <message>
        <source>The computer&apos;s default input</source>
        <translation>Вход компьютера по умолчанию</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>%1 is a device name</extracomment>
        <translation>%1 (не подключено)</translation>
    </message>
    <message>
        <source>Demo microphones (test tones)</source>
        <translation>Демо-микрофоны (тестовые тоны)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n channels (%2)</source>
        <extracomment>%1 device name, %2 its number of input channels, %3 the sound system (ALSA, JACK, WASAPI)</extracomment>
        <translation>
            <numerusform>%1 — %n канал (%2)</numerusform>
            <numerusform>%1 — %n канала (%2)</numerusform>
            <numerusform>%1 — %n каналов (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo camera %1 (test picture)</source>
        <translation>Демо-камера %1 (тестовое изображение)</translation>
    </message>
    <message>
        <source>Second audio input:</source>
        <translation>Второй аудиовход:</translation>
    </message>
    <message>
        <source>Recorded together with the first: its microphones follow the first input&apos;s</source>
        <translation>Записывается вместе с первым: его микрофоны идут после микрофонов первого входа</translation>
    </message>
    <message>
        <source>— none —</source>
        <extracomment>no second audio input</extracomment>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>hattama::ui::EntryEditor</name>
    <message>
        <source>Speaker (Alt+1…9):</source>
        <translation>Говорит (Alt+1…9):</translation>
    </message>
    <message>
        <source>Type a note — its time is taken at the first key; Enter saves it</source>
        <translation>Введите заметку — время берётся по первой клавише; Enter сохраняет</translation>
    </message>
    <message>
        <source>Notes can be typed once the recording has started</source>
        <translation>Заметки можно вводить после начала записи</translation>
    </message>
    <message>
        <source>Enter saves the note, Esc discards it</source>
        <translation>Enter сохраняет заметку, Esc отменяет её</translation>
    </message>
    <message>
        <source>Back on the record</source>
        <translation>Вернуться в протокол</translation>
    </message>
    <message>
        <source>Off the record</source>
        <translation>Вне протокола</translation>
    </message>
    <message>
        <source>End sealed passage</source>
        <translation>Конец закрытой части</translation>
    </message>
    <message>
        <source>Sealed passage</source>
        <translation>Закрытая часть</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Go to the note field</source>
        <translation>Перейти к полю заметки</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Говорит участник %1</translation>
    </message>
    <message>
        <source>Marks the passage that follows as not part of the protocol</source>
        <translation>Отмечает, что следующая часть не входит в протокол</translation>
    </message>
    <message>
        <source>Marks a closed passage: it is left out of the parties&apos; copies</source>
        <translation>Отмечает закрытую часть: она не попадёт в копии для сторон</translation>
    </message>
    <message>
        <source>Sets a marker at the present moment to come back to later</source>
        <translation>Ставит отметку на текущий момент, чтобы вернуться к нему позже</translation>
    </message>
    <message>
        <source>The hearing time the note being typed will carry</source>
        <translation>Время заседания, которое получит набираемая заметка</translation>
    </message>
</context>
<context>
    <name>hattama::ui::EntryListModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Говорит</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Запись</translation>
    </message>
</context>
<context>
    <name>hattama::ui::HearingCreateDialog</name>
    <message>
        <source>Enter the case number.</source>
        <translation>Введите номер дела.</translation>
    </message>
    <message>
        <source>Enter the presiding judge.</source>
        <translation>Укажите председательствующего судью.</translation>
    </message>
    <message>
        <source>Enter the court.</source>
        <translation>Укажите суд.</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Суд:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Presiding judge:</source>
        <translation>Председательствующий:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Courtroom:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <source>Protocol language:</source>
        <translation>Язык протокола:</translation>
    </message>
    <message>
        <source>e.g. 2-1234/2026</source>
        <translation>например, 2-1234/2026</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Уголовное</translation>
    </message>
    <message>
        <source>Civil</source>
        <translation>Гражданское</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Административное</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Процессуальное положение</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Убрать участника</translation>
    </message>
</context>
<context>
    <name>hattama::ui::HearingSession</name>
    <message>
        <source>Microphone %1</source>
        <extracomment>a microphone channel&apos;s default name, %1 is its number</extracomment>
        <translation>Микрофон %1</translation>
    </message>
</context>
<context>
    <name>hattama::ui::HearingWorkspace</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Discard the note being typed</source>
        <translation>Отменить набираемую заметку</translation>
    </message>
    <message>
        <source>Alt+1…9</source>
        <translation>Alt+1…9</translation>
    </message>
    <message>
        <source>Choose the speaker</source>
        <translation>Выбрать говорящего</translation>
    </message>
    <message>
        <source>Ctrl+wheel, + / -</source>
        <translation>Ctrl+колесо, + / -</translation>
    </message>
    <message>
        <source>Zoom the timeline</source>
        <translation>Масштаб шкалы времени</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected entry (in the list)</source>
        <translation>Удалить выбранную запись (в списке)</translation>
    </message>
    <message>
        <source>1. Setup</source>
        <translation>1. Подготовка</translation>
    </message>
    <message>
        <source>2. Hearing</source>
        <translation>2. Заседание</translation>
    </message>
    <message>
        <source>Microphones</source>
        <translation>Микрофоны</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Zoom in the timeline</source>
        <translation>Увеличить масштаб шкалы</translation>
    </message>
    <message>
        <source>Zoom out the timeline</source>
        <translation>Уменьшить масштаб шкалы</translation>
    </message>
    <message>
        <source>Show setup</source>
        <translation>Показать подготовку</translation>
    </message>
    <message>
        <source>Show the hearing</source>
        <translation>Показать заседание</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Double-click a note or a speaker to change it. Ctrl+Z undoes.</source>
        <translation>Дважды щёлкните по заметке или говорящему, чтобы изменить. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <extracomment>opens the protocol («протокол» / «хаттама») of this hearing in its own window</extracomment>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Open the protocol of this hearing (%1)</source>
        <translation>Открыть протокол этого заседания (%1)</translation>
    </message>
</context>
<context>
    <name>hattama::ui::HearingsPanel</name>
    <message>
        <source>Search by case number, participant or note…</source>
        <translation>Поиск по номеру дела, участнику или заметке…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Courtroom</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>No hearings scheduled for today. Import one from the case system (File → Import hearing) or create a new one.</source>
        <translation>На сегодня заседаний не назначено. Импортируйте заседание из системы делопроизводства (Файл → Импорт заседания) или создайте новое.</translation>
    </message>
    <message>
        <source>Today&apos;s hearings — %1</source>
        <extracomment>%1 is today&apos;s date in the long local form</extracomment>
        <translation>Заседания на сегодня — %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Protocol (%1)</source>
        <extracomment>%1 keyboard shortcut</extracomment>
        <translation>Протокол (%1)</translation>
    </message>
    <message>
        <source>Open the protocol of the selected hearing</source>
        <translation>Открыть протокол выбранного заседания</translation>
    </message>
    <message>
        <source>Hearings of %1</source>
        <translation>Судебные заседания — %1</translation>
    </message>
    <message>
        <source>The day before (%1)</source>
        <translation>Предыдущий день (%1)</translation>
    </message>
    <message>
        <source>The day after (%1)</source>
        <translation>Следующий день (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>No hearings on %1.</source>
        <translation>На %1 судебных заседаний нет.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::LevelMeter</name>
    <message>
        <source>No signal</source>
        <translation>Нет сигнала</translation>
    </message>
    <message>
        <source>CLIP</source>
        <extracomment>short mark on a level meter: the signal reached full scale</extracomment>
        <translation>ПЕРЕГРУЗ</translation>
    </message>
    <message>
        <source>Peak and average level. A red CLIP mark stays until you click the meter.</source>
        <translation>Пиковый и средний уровень. Красная метка ПЕРЕГРУЗ остаётся, пока вы не щёлкнете по индикатору.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hattama::ui::MainWindow</name>
    <message>
        <source>Hattama — court hearing recorder</source>
        <translation>Hattama — запись судебных заседаний</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import hearing…</source>
        <translation>&amp;Импорт заседания…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Hattama</source>
        <translation>&amp;О программе Hattama</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Архив: %1</translation>
    </message>
    <message>
        <source>Free space: unknown</source>
        <translation>Свободно: неизвестно</translation>
    </message>
    <message>
        <source>Free space: %1 GB</source>
        <extracomment>free disk space in gigabytes</extracomment>
        <translation>Свободно: %1 ГБ</translation>
    </message>
    <message>
        <source>A hearing is being recorded</source>
        <translation>Идёт запись заседания</translation>
    </message>
    <message>
        <source>Closing the window stops the recording of this hearing. Everything recorded so far is kept.

Stop the recording and close?</source>
        <translation>Закрытие окна остановит запись этого заседания. Всё записанное сохранится.

Остановить запись и закрыть?</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Остановить и закрыть</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>Продолжить запись</translation>
    </message>
    <message>
        <source>Cannot read the hearings: %1</source>
        <translation>Не удаётся прочитать заседания: %1</translation>
    </message>
    <message>
        <source>No hearings database is open.</source>
        <translation>База данных заседаний не открыта.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid hearing file: %2</source>
        <translation>%1 — не файл заседания: %2</translation>
    </message>
    <message>
        <source>The hearing could not be saved: %1</source>
        <translation>Не удалось сохранить заседание: %1</translation>
    </message>
    <message>
        <source>Hearing %1 imported.</source>
        <translation>Заседание по делу %1 импортировано.</translation>
    </message>
    <message>
        <source>Hearing %1 updated.</source>
        <translation>Заседание по делу %1 обновлено.</translation>
    </message>
    <message>
        <source>Import hearing</source>
        <translation>Импорт заседания</translation>
    </message>
    <message>
        <source>Hearing files (*.json);;All files (*)</source>
        <translation>Файлы заседаний (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Another hearing is being recorded; stop it before opening this one.</source>
        <translation>Идёт запись другого заседания; остановите её, прежде чем открыть это.</translation>
    </message>
    <message>
        <source>Cannot open the hearing: %1</source>
        <translation>Не удаётся открыть заседание: %1</translation>
    </message>
    <message>
        <source>A hearing was cut off</source>
        <translation>Запись заседания прервалась</translation>
    </message>
    <message>
        <source>The recording of hearing %1 (case %2) was cut off — the program or the computer stopped while it was recording. What was recorded is kept.

Open it to go on, or mark it as ended?</source>
        <translation>Запись заседания %1 (дело %2) прервалась — программа или компьютер остановились во время записи. Всё записанное сохранено.

Открыть заседание, чтобы продолжить, или отметить его завершённым?</translation>
    </message>
    <message>
        <source>Open to go on</source>
        <translation>Открыть и продолжить</translation>
    </message>
    <message>
        <source>Mark as ended</source>
        <translation>Отметить завершённым</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>Hearing %1 created.</source>
        <translation>Заседание по делу %1 создано.</translation>
    </message>
    <message>
        <source>&amp;New hearing…</source>
        <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>Микрофон %1</translation>
    </message>
    <message>
        <source>Recording problem: %1</source>
        <translation>Проблема записи: %1</translation>
    </message>
    <message>
        <source>Recording problem</source>
        <translation>Проблема записи</translation>
    </message>
    <message>
        <source>The recording reports a problem:

%1</source>
        <translation>Запись сообщает о проблеме:

%1</translation>
    </message>
    <message>
        <source>Not every device could be opened: %1</source>
        <translation>Не все устройства удалось открыть: %1</translation>
    </message>
    <message>
        <source>Devices changed.</source>
        <translation>Устройства изменены.</translation>
    </message>
    <message>
        <source>Cannot open the protocol: %1</source>
        <translation>Не удаётся открыть протокол: %1</translation>
    </message>
    <message>
        <source>&amp;Hearings list</source>
        <translation>&amp;Список заседаний</translation>
    </message>
    <message>
        <source>&amp;Current hearing</source>
        <translation>&amp;Текущее заседание</translation>
    </message>
</context>
<context>
    <name>hattama::ui::PreflightPanel</name>
    <message>
        <source>Microphone “%1” has no signal.</source>
        <translation>У микрофона «%1» нет сигнала.</translation>
    </message>
    <message>
        <source>Check that it is switched on and plugged in, then speak into it. If nobody sits there yet, tick “Record without it”.</source>
        <translation>Проверьте, что он включён и подключён, и скажите в него что-нибудь. Если на этом месте ещё никого нет, отметьте «Записывать без него».</translation>
    </message>
    <message>
        <source>Camera “%1” delivers no picture.</source>
        <translation>Камера «%1» не даёт изображения.</translation>
    </message>
    <message>
        <source>Check its cable and power, or choose another camera on the setup page.</source>
        <translation>Проверьте кабель и питание или выберите другую камеру на странице подготовки.</translation>
    </message>
    <message>
        <source>The free disk space is unknown.</source>
        <translation>Свободное место на диске неизвестно.</translation>
    </message>
    <message>
        <source>Check that the archive folder exists and is reachable.</source>
        <translation>Проверьте, что папка архива существует и доступна.</translation>
    </message>
    <message>
        <source>The disk holds only %1 hours of recording; %2 are required.</source>
        <translation>Места на диске хватит только на %1 ч записи, а нужно %2 ч.</translation>
    </message>
    <message>
        <source>Free space in the archive folder or ask the court&apos;s IT staff to move old hearings to the server.</source>
        <translation>Освободите место в папке архива или попросите IT-службу суда перенести старые заседания на сервер.</translation>
    </message>
    <message>
        <source>Record without it</source>
        <translation>Записывать без него</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#1a7f37&quot;&gt;✔ Ready to record.&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#1a7f37&quot;&gt;✔ Можно начинать запись.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c00000&quot;&gt;Not ready. Problems found: %1.&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c00000&quot;&gt;Не готово. Найдено проблем: %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Проверка перед записью</translation>
    </message>
    <message>
        <source>Required free disk:</source>
        <translation>Нужно места на диске:</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>unit after a number of hours in a spin box</extracomment>
        <translation> ч</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
</context>
<context>
    <name>hattama::ui::ProtocolEditor</name>
    <message>
        <source>The two versions read the same.</source>
        <translation>Тексты двух версий совпадают.</translation>
    </message>
    <message>
        <source>Edit the selected part of the protocol</source>
        <extracomment>the protocol is «протокол» / «хаттама»</extracomment>
        <translation>Правка выбранной части протокола</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Draft versions</source>
        <translation>Черновые версии</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Click a paragraph of the protocol to edit it.</source>
        <translation>Щёлкните абзац протокола, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Edited by hand, and the hearing data for this part changed since. Generated text now: %1</source>
        <translation>Изменено вручную, а данные заседания для этой части с тех пор изменились. Текст по данным сейчас: %1</translation>
    </message>
    <message>
        <source>Edited by hand.</source>
        <translation>Изменено вручную.</translation>
    </message>
    <message>
        <source>Generated from the hearing data.</source>
        <translation>Составлено по данным заседания.</translation>
    </message>
    <message>
        <source>Click a time code to open the recording at that moment.</source>
        <translation>Щёлкните отметку времени, чтобы открыть запись с этого момента.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>конца</translation>
    </message>
    <message>
        <source>Moment %1 (%2), segment until %3: %4</source>
        <extracomment>%1 hearing time code, %2 wall-clock time, %3 end of the segment, %4 the protocol text of the segment</extracomment>
        <translation>Момент %1 (%2), фрагмент до %3: %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · edited: %4, to check: %5</source>
        <extracomment>%1 version name (v0002), %2 protocol language code, %3 creation time, %4 edited parts, %5 parts to check</extracomment>
        <translation>%1 · %2 · %3 · изменено: %4, требует проверки: %5</translation>
    </message>
    <message>
        <source>Read only: the hearing is being recorded. The protocol can be edited once the recording stops.</source>
        <translation>Только просмотр: идёт запись заседания. Протокол можно будет изменить после остановки записи.</translation>
    </message>
    <message>
        <source>Recording: %1 (%2–%3)</source>
        <extracomment>%1 media file in the hearing folder, %2 and %3 its start and end time codes</extracomment>
        <translation>Запись: %1 (%2–%3)</translation>
    </message>
    <message>
        <source>No closed recording segment holds this moment yet.</source>
        <translation>Этот момент ещё не вошёл ни в один завершённый сегмент записи.</translation>
    </message>
    <message>
        <source>The archive holds no recording of this hearing.</source>
        <translation>В архиве нет записи этого заседания.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::ProtocolWindow</name>
    <message>
        <source>Cannot build the protocol: %1</source>
        <translation>Не удаётся составить протокол: %1</translation>
    </message>
    <message>
        <source>Draft version %1 saved.</source>
        <translation>Черновая версия %1 сохранена.</translation>
    </message>
    <message>
        <source>The draft version could not be saved: %1</source>
        <translation>Не удалось сохранить черновую версию: %1</translation>
    </message>
    <message>
        <source>The protocol is up to date with the hearing data.</source>
        <translation>Протокол соответствует текущим данным заседания.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Export the protocol</source>
        <translation>Экспорт протокола</translation>
    </message>
    <message>
        <source>The protocol could not be exported: %1</source>
        <translation>Не удалось экспортировать протокол: %1</translation>
    </message>
    <message>
        <source>Protocol exported: %1</source>
        <translation>Протокол экспортирован: %1</translation>
    </message>
    <message>
        <source>Protocol — case %1</source>
        <extracomment>%1 case number</extracomment>
        <translation>Протокол — дело %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Regenerate from the hearing data</source>
        <translation>Пересоставить по данным заседания</translation>
    </message>
    <message>
        <source>Rebuild the protocol from the hearing&apos;s timeline as it is now. Parts edited by hand are kept.</source>
        <translation>Заново составить протокол по шкале времени заседания в её нынешнем виде. Части, изменённые вручную, сохраняются.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>Экспорт в ODT…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Экспорт в HTML…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>no draft version saved yet</source>
        <translation>черновая версия ещё не сохранена</translation>
    </message>
    <message>
        <source>draft version %1</source>
        <translation>черновая версия %1</translation>
    </message>
    <message>
        <source>Case %1 · Protocol language: %2 · %3</source>
        <extracomment>%1 case number, %2 language name (in that language), %3 the draft version</extracomment>
        <translation>Дело %1 · Язык протокола: %2 · %3</translation>
    </message>
    <message>
        <source>This hearing is being recorded. The protocol is a read-only preview; the recording is not affected.</source>
        <translation>Идёт запись этого заседания. Протокол открыт только для просмотра; на запись это не влияет.</translation>
    </message>
    <message>
        <source>The hearing data changed since draft version %1. The protocol was rebuilt and nothing edited by hand was lost: edits kept: %2; to check (marked in red): %3.</source>
        <translation>Данные заседания изменились после черновой версии %1. Протокол составлен заново, ничего из изменённого вручную не потеряно: сохранено правок: %2; требует проверки (выделено красным): %3.</translation>
    </message>
    <message>
        <source>The hearing data changed. The protocol was rebuilt and nothing edited by hand was lost: edits kept: %1; to check (marked in red): %2.</source>
        <translation>Данные заседания изменились. Протокол составлен заново, ничего из изменённого вручную не потеряно: сохранено правок: %1; требует проверки (выделено красным): %2.</translation>
    </message>
    <message>
        <source>Brief protocol</source>
        <extracomment>the brief protocol of a court session (the usual one)</extracomment>
        <translation>Краткий протокол</translation>
    </message>
    <message>
        <source>Full protocol</source>
        <extracomment>the full protocol of a court session (CPC art. 347)</extracomment>
        <translation>Полный протокол</translation>
    </message>
    <message>
        <source>Each kind keeps its own draft versions</source>
        <translation>У каждого вида протокола свои черновые версии</translation>
    </message>
</context>
<context>
    <name>hattama::ui::RecordingControlBar</name>
    <message>
        <source>The pre-flight check found problems:

• %1

Record anyway?</source>
        <translation>Проверка перед записью нашла проблемы:

• %1

Всё равно начать запись?</translation>
    </message>
    <message>
        <source>Start recording?</source>
        <translation>Начать запись?</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Всё равно записывать</translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation>Вернуться и исправить</translation>
    </message>
    <message>
        <source>End the hearing recording?</source>
        <translation>Завершить запись заседания?</translation>
    </message>
    <message>
        <source>Stopping ends the recording of this hearing. It cannot be continued afterwards; for a break, use Recess instead.

Stop the recording?</source>
        <translation>Остановка завершает запись этого заседания, продолжить её потом нельзя. Для перерыва нажмите «Перерыв».

Остановить запись?</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Остановить запись</translation>
    </message>
    <message>
        <source>Continue recording</source>
        <translation>Продолжить запись</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Начать запись</translation>
    </message>
    <message>
        <source>Recess</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить после перерыва</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить запись</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>● Record</source>
        <extracomment>the big button; ● is a red dot</extracomment>
        <translation>● Запись</translation>
    </message>
    <message>
        <source>❚❚ Recess</source>
        <translation>❚❚ Перерыв</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Продолжить</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Запись не идёт</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <extracomment>the recording indicator; must be short and loud</extracomment>
        <translation>● ИДЁТ ЗАПИСЬ</translation>
    </message>
    <message>
        <source>❚❚ RECESS</source>
        <translation>❚❚ ПЕРЕРЫВ</translation>
    </message>
    <message>
        <source>■ Recording ended</source>
        <translation>■ Запись завершена</translation>
    </message>
    <message>
        <source>Hearing time since the first Record, recesses included</source>
        <translation>Время заседания от начала записи, включая перерывы</translation>
    </message>
    <message>
        <source>Disk: unknown</source>
        <translation>Диск: неизвестно</translation>
    </message>
    <message>
        <source>Disk: %1 h left</source>
        <extracomment>hours of recording the free disk space still holds</extracomment>
        <translation>Диск: осталось %1 ч</translation>
    </message>
    <message>
        <source>Audio overruns: %1</source>
        <translation>Переполнения звука: %1</translation>
    </message>
    <message>
        <source>Dropped frames: %1</source>
        <translation>Пропущено кадров: %1</translation>
    </message>
    <message>
        <source>The recording engine is not available in this build</source>
        <translation>Модуль записи в этой сборке недоступен</translation>
    </message>
    <message>
        <source>NO SOUND: the audio input is lost</source>
        <translation>НЕТ ЗВУКА: аудиовход потерян</translation>
    </message>
    <message>
        <source>Check the audio interface&apos;s cable and power. The cameras go on recording; sound is recorded again as soon as the input is back.</source>
        <translation>Проверьте кабель и питание аудиоинтерфейса. Камеры продолжают запись; звук снова запишется, как только вход вернётся.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::SetupPage</name>
    <message>
        <source>Microphones</source>
        <translation>Микрофоны</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Protocol language:</source>
        <translation>Язык протокола:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Заседание:</translation>
    </message>
    <message>
        <source>Open session</source>
        <extracomment>an open (public) court session</extracomment>
        <translation>Открытое заседание</translation>
    </message>
    <message>
        <source>Closed session</source>
        <extracomment>a closed court session (in camera)</extracomment>
        <translation>Закрытое заседание</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
</context>
<context>
    <name>hattama::ui::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Esc or Ctrl+/ closes this list.</source>
        <translation>Esc или Ctrl+/ закрывает этот список.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::SpeakerDelegate</name>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
</context>
<context>
    <name>hattama::ui::TimelineWidget</name>
    <message>
        <source>Speech per microphone and the entries. Zoom: Ctrl+wheel, + and -.</source>
        <translation>Речь по микрофонам и записи. Масштаб: Ctrl+колесо, + и -.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The hearings database cannot be opened: %1</source>
        <translation>Не удаётся открыть базу данных заседаний: %1</translation>
    </message>
</context>
</TS>
