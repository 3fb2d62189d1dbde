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
        <source>Audio input: index or part of the name (see &apos;hattama devices&apos;).</source>
        <translation>Аудиовход: номер или часть названия (см. &apos;hattama devices&apos;).</translation>
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
        <source>x264 preset (default superfast).</source>
        <translation>Предустановка x264 (по умолчанию superfast).</translation>
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
    <name>hattama::ui::HearingsPanel</name>
    <message>
        <source>Today&apos;s hearings</source>
        <translation>Заседания на сегодня</translation>
    </message>
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
        <source>Free space: %1</source>
        <translation>Свободно: %1</translation>
    </message>
</context>
</TS>
