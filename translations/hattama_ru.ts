<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ClipCommand</name>
    <message>
        <source>Hearing folder (with recording.json) or hearing ID.</source>
        <translation>Папка заседания (с recording.json) или идентификатор заседания.</translation>
    </message>
    <message>
        <source>Start on the hearing clock (HH:MM:SS[.mmm]).</source>
        <translation>Начало по времени заседания (ЧЧ:ММ:СС[.ммм]).</translation>
    </message>
    <message>
        <source>End on the hearing clock (HH:MM:SS[.mmm]).</source>
        <translation>Конец по времени заседания (ЧЧ:ММ:СС[.ммм]).</translation>
    </message>
    <message>
        <source>Camera number (default 1).</source>
        <translation>Номер камеры (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Every camera in a grid instead of one.</source>
        <translation>Все камеры сеткой вместо одной.</translation>
    </message>
    <message>
        <source>Only these microphones, e.g. 1,3-4 (default: all).</source>
        <translation>Только эти микрофоны, например 1,3-4 (по умолчанию все).</translation>
    </message>
    <message>
        <source>Output MP4 file (written whole or not at all).</source>
        <translation>Выходной файл MP4 (записывается целиком или не записывается вовсе).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>укажите ровно одну папку заседания или один идентификатор заседания</translation>
    </message>
    <message>
        <source>give the passage with --from and --to</source>
        <translation>укажите фрагмент параметрами --from и --to</translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>укажите выходной файл: -o ФАЙЛ</translation>
    </message>
    <message>
        <source>give either --camera or --grid, not both</source>
        <translation>укажите либо --camera, либо --grid, но не оба</translation>
    </message>
    <message>
        <source>Passage written to %1</source>
        <translation>Фрагмент записан в %1</translation>
    </message>
</context>
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
        <source>Run 'hattama %1 --help' for details.</source>
        <translation>Подробнее: 'hattama %1 --help'.</translation>
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
    <message>
        <source>Write a passage of a hearing as an MP4 file (H.264/AAC).</source>
        <translation>Сохранить фрагмент записи заседания в файл MP4 (H.264/AAC).</translation>
    </message>
    <message>
        <source>Write the picture of one camera at a moment of a hearing as PNG.</source>
        <translation>Сохранить кадр одной камеры в заданный момент заседания в файл PNG.</translation>
    </message>
    <message>
        <source>Sign the hearing's latest protocol version with an electronic signature (secretary, then judge).</source>
        <translation>Подписать последнюю версию протокола заседания электронной цифровой подписью (сначала секретарь, затем судья).</translation>
    </message>
    <message>
        <source>Play the recording of a hearing in the player window.</source>
        <translation>Воспроизвести аудио-, видеозапись судебного заседания в окне проигрывателя.</translation>
    </message>
    <message>
        <source>Remarks on the protocol: list them, file one, record the judge's decision, attach them to the protocol as a new version.</source>
        <translation>Замечания на протокол: список, подача замечания, решение судьи, приобщение к протоколу новой версией.</translation>
    </message>
<message>
        <source>Make a party's copy of a hearing: a folder, an ISO image or a disc that plays in a browser.</source>
        <translation>Сделать копию записи заседания для стороны: папку, образ ISO или диск, который воспроизводится в браузере.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>у параметра %1 должно быть значение</translation>
    </message>
    <message>
        <source>unknown language '%1': use ru, kk or en</source>
        <translation>неизвестный язык '%1': укажите ru, kk или en</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>неизвестный параметр '%1'</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>неизвестная команда '%1'</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>лишний аргумент '%1'</translation>
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
        <source>Show this help; 'hattama COMMAND --help' for a command.</source>
        <translation>Показать эту справку; 'hattama КОМАНДА --help' — справка по команде.</translation>
    </message>
    <message>
        <source>Show the version and the library versions in use.</source>
        <translation>Показать версию программы и используемых библиотек.</translation>
    </message>
    <message>
        <source>Run 'hattama --help' for the commands and options.</source>
        <translation>Команды и параметры: 'hattama --help'.</translation>
    </message>
    <message>
        <source>hattama %1: this command is not built yet in version %2.</source>
        <translation>hattama %1: в версии %2 эта команда ещё не реализована.</translation>
    </message>
    <message>
        <source>Archive folder when --archive is not given.</source>
        <translation>Папка архива, если --archive не указан.</translation>
    </message>
    <message>
        <source>The system configuration file to read instead of /etc/hattama/hattama.conf.</source>
        <translation>Файл общесистемных настроек, который читается вместо /etc/hattama/hattama.conf.</translation>
    </message>
    <message>
        <source>When set, the main window records demo sources (test tones and pictures).</source>
        <translation>Если задана, главное окно записывает демонстрационные источники (тестовые сигналы и изображения).</translation>
    </message>
    <message>
        <source>Folder with the DejaVu fonts for PDF protocols.</source>
        <translation>Папка со шрифтами DejaVu для протоколов в PDF.</translation>
    </message>
    <message>
        <source>When set, the main window also prints warnings to standard error.</source>
        <translation>Если задана, главное окно также выводит предупреждения в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>When 1, the audio library's own messages are shown.</source>
        <translation>Если 1, показываются собственные сообщения звуковой библиотеки.</translation>
    </message>
    <message>
        <source>PostgreSQL user when the database URL names none.</source>
        <translation>Пользователь PostgreSQL, если в URL базы данных он не указан.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Успешное завершение.</translation>
    </message>
    <message>
        <source>The operation ran and failed, e.g. a check found tampering.</source>
        <translation>Операция выполнена, но не удалась, например проверка обнаружила изменение записи.</translation>
    </message>
    <message>
        <source>Usage error: a wrong command, option or input file.</source>
        <translation>Ошибка в команде: неверная команда, параметр или входной файл.</translation>
    </message>
    <message>
        <source>Environment error: a device, the disk, the database or a font is missing or not usable.</source>
        <translation>Ошибка окружения: устройство, диск, база данных или шрифт отсутствует либо недоступен.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Переменные окружения:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Коды завершения:</translation>
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
        <source>hattama devices: unexpected argument '%1'</source>
        <translation>hattama devices: лишний аргумент '%1'</translation>
    </message>
</context>
<context>
    <name>ErrorTerm</name>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>null</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>назначено</translation>
    </message>
    <message>
        <source>live</source>
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
        <source>protocol_draft</source>
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
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>судья</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the sound system (PortAudio) could not be initialised</source>
        <translation>не удалось запустить звуковую подсистему (PortAudio)</translation>
    </message>
    <message>
        <source>check the sound system of this computer</source>
        <translation>проверьте звуковую подсистему этого компьютера</translation>
    </message>
    <message>
        <source>audio input device '%1' not found</source>
        <translation>звуковой вход «%1» не найден</translation>
    </message>
    <message>
        <source>connect it, or pick one listed by 'hattama devices'</source>
        <translation>подключите его или выберите другой из списка устройств («hattama devices»)</translation>
    </message>
    <message>
        <source>no default audio input device is connected</source>
        <translation>звуковой вход по умолчанию не подключён</translation>
    </message>
    <message>
        <source>connect a microphone, or pick an input listed by 'hattama devices'</source>
        <translation>подключите микрофон или выберите вход из списка устройств («hattama devices»)</translation>
    </message>
    <message>
        <source>the audio input '%1' is not connected; the default input is used</source>
        <translation>звуковой вход «%1» не подключён; используется вход по умолчанию</translation>
    </message>
    <message>
        <source>connect it and open the hearing again, or choose another input</source>
        <translation>подключите его и откройте заседание снова или выберите другой вход</translation>
    </message>
    <message>
        <source>the audio input '%1' is not connected; recording without it</source>
        <translation>звуковой вход «%1» не подключён; запись идёт без него</translation>
    </message>
    <message>
        <source>audio input '%1' has %2 channels, channel %3 does not exist</source>
        <translation>у звукового входа «%1» %2 каналов, канала %3 нет</translation>
    </message>
    <message>
        <source>choose channels 1 to %2</source>
        <translation>выберите каналы с 1 по %2</translation>
    </message>
    <message>
        <source>audio input '%1' cannot be opened with %2 channels at %3 Hz: %4</source>
        <translation>звуковой вход «%1» не открывается с %2 каналами при %3 Гц: %4</translation>
    </message>
    <message>
        <source>check that no other program holds it, or choose another input</source>
        <translation>убедитесь, что его не занимает другая программа, или выберите другой вход</translation>
    </message>
    <message>
        <source>audio input '%1' cannot start: %2</source>
        <translation>звуковой вход «%1» не запускается: %2</translation>
    </message>
    <message>
        <source>reconnect it, or choose another input</source>
        <translation>переподключите его или выберите другой вход</translation>
    </message>
    <message>
        <source>audio input '%1' is given twice</source>
        <translation>звуковой вход «%1» указан дважды</translation>
    </message>
    <message>
        <source>name each device once</source>
        <translation>укажите каждое устройство один раз</translation>
    </message>
    <message>
        <source>the demo microphones are unplugged</source>
        <translation>демонстрационные микрофоны отключены</translation>
    </message>
    <message>
        <source>plug them in again</source>
        <translation>подключите их снова</translation>
    </message>
    <message>
        <source>the camera '%1' is not connected</source>
        <translation>камера «%1» не подключена</translation>
    </message>
    <message>
        <source>connect it and open the hearing again, or choose another camera</source>
        <translation>подключите её и откройте заседание снова или выберите другую камеру</translation>
    </message>
    <message>
        <source>camera '%1' (%2) cannot be opened: %3</source>
        <translation>камера «%1» (%2) не открывается: %3</translation>
    </message>
    <message>
        <source>camera '%1' delivers no video</source>
        <translation>камера «%1» не передаёт изображение</translation>
    </message>
    <message>
        <source>check its cable, or choose another camera</source>
        <translation>проверьте её кабель или выберите другую камеру</translation>
    </message>
    <message>
        <source>camera '%1' uses a format this FFmpeg cannot decode</source>
        <translation>камера «%1» передаёт изображение в формате, который эта сборка FFmpeg не декодирует</translation>
    </message>
    <message>
        <source>choose another camera or another picture format</source>
        <translation>выберите другую камеру или другой формат изображения</translation>
    </message>
    <message>
        <source>camera '%1': decoder cannot start: %2</source>
        <translation>камера «%1»: декодер не запускается: %2</translation>
    </message>
    <message>
        <source>reconnect it, or choose another camera</source>
        <translation>переподключите её или выберите другую камеру</translation>
    </message>
    <message>
        <source>camera '%1' is not understood</source>
        <translation>описание камеры «%1» не распознано</translation>
    </message>
    <message>
        <source>use [NAME=]demo, [NAME=]v4l2:/dev/videoN or [NAME=]lavfi:GRAPH</source>
        <translation>укажите [ИМЯ=]demo, [ИМЯ=]v4l2:/dev/videoN или [ИМЯ=]lavfi:ГРАФ</translation>
    </message>
    <message>
        <source>camera '%1' names no device</source>
        <translation>в описании камеры «%1» не указано устройство</translation>
    </message>
    <message>
        <source>the FFmpeg component %1 is missing</source>
        <translation>компонент FFmpeg %1 отсутствует</translation>
    </message>
    <message>
        <source>install FFmpeg built with %1</source>
        <translation>установите FFmpeg, собранный с %1</translation>
    </message>
    <message>
        <source>the %1 encoder cannot start: %2</source>
        <translation>кодировщик %1 не запускается: %2</translation>
    </message>
    <message>
        <source>check the recording settings (picture size, frame rate)</source>
        <translation>проверьте настройки записи (размер изображения, частоту кадров)</translation>
    </message>
    <message>
        <source>the disk is full while writing %1</source>
        <translation>диск заполнен при записи %1</translation>
    </message>
    <message>
        <source>free space or choose another folder; everything before this point is kept</source>
        <translation>освободите место или выберите другую папку; всё записанное до этого момента сохранено</translation>
    </message>
    <message>
        <source>not enough free disk space in %1: %2 MB free, at least %3 MB needed</source>
        <translation>недостаточно свободного места на диске для %1: свободно %2 МБ, нужно не менее %3 МБ</translation>
    </message>
    <message>
        <source>free space on the disk or choose another folder</source>
        <translation>освободите место на диске или выберите другую папку</translation>
    </message>
    <message>
        <source>the disk of %1 is almost full (%2 MB free): recording stopped, everything recorded so far is closed and kept</source>
        <translation>диск с %1 почти заполнен (свободно %2 МБ): запись остановлена, всё записанное закрыто и сохранено</translation>
    </message>
    <message>
        <source>free space on the disk or choose another folder, then record a new part</source>
        <translation>освободите место на диске или выберите другую папку, затем запишите новую часть</translation>
    </message>
    <message>
        <source>the disk of %1 has room for about %2 more hours of recording</source>
        <translation>на диске с %1 осталось места примерно на %2 ч записи</translation>
    </message>
    <message>
        <source>free space on the disk before it runs out</source>
        <translation>освободите место на диске, пока оно не закончилось</translation>
    </message>
    <message>
        <source>cannot query the free space of %1</source>
        <translation>не удаётся узнать свободное место для %1</translation>
    </message>
    <message>
        <source>check that the disk is connected and readable</source>
        <translation>проверьте, что диск подключён и доступен для чтения</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>check that the file exists and can be read</source>
        <translation>проверьте, что файл существует и доступен для чтения</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>check the free disk space and that the folder is writable</source>
        <translation>проверьте свободное место на диске и права на запись в папку</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>restore the hearing folder from the archive copy</source>
        <translation>восстановите папку заседания из архивной копии</translation>
    </message>
    <message>
        <source>cannot sync %1 to the disk: %2</source>
        <translation>не удаётся сбросить %1 на диск: %2</translation>
    </message>
    <message>
        <source>check the disk; the data may not be on it yet</source>
        <translation>проверьте диск: данные могли ещё не попасть на него</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>не удаётся переименовать %1 в %2: %3</translation>
    </message>
    <message>
        <source>check the disk and the folder permissions</source>
        <translation>проверьте диск и права доступа к папке</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
    <message>
        <source>check the folder permissions</source>
        <translation>проверьте права доступа к папке</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>check the path, its permissions and the free disk space</source>
        <translation>проверьте путь, права доступа и свободное место на диске</translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation>не удаётся прочитать папку %1</translation>
    </message>
    <message>
        <source>check that it exists and its permissions</source>
        <translation>проверьте, что она существует, и права доступа к ней</translation>
    </message>
    <message>
        <source>cannot write in the folder %1</source>
        <translation>нет права записи в папку %1</translation>
    </message>
    <message>
        <source>check its permissions</source>
        <translation>проверьте права доступа к ней</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>give an existing hearing folder</source>
        <translation>укажите существующую папку заседания</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 не является папкой</translation>
    </message>
    <message>
        <source>give the hearing folder</source>
        <translation>укажите папку заседания</translation>
    </message>
    <message>
        <source>out of memory while processing %1</source>
        <translation>не хватило памяти при обработке %1</translation>
    </message>
    <message>
        <source>close other programs and try again</source>
        <translation>закройте другие программы и повторите попытку</translation>
    </message>
    <message>
        <source>%1 already holds a recording</source>
        <translation>в %1 уже есть запись</translation>
    </message>
    <message>
        <source>choose a new folder; to finish a cut-off recording use 'hattama recover'</source>
        <translation>выберите новую папку; чтобы завершить прерванную запись, выполните «hattama recover»</translation>
    </message>
    <message>
        <source>%1 is being recorded by another process</source>
        <translation>в %1 уже ведёт запись другой процесс</translation>
    </message>
    <message>
        <source>stop that recording first</source>
        <translation>сначала остановите ту запись</translation>
    </message>
    <message>
        <source>the hearing %1 is being recorded (process %2)</source>
        <translation>заседание %1 сейчас записывается (процесс %2)</translation>
    </message>
    <message>
        <source>stop the recording first</source>
        <translation>сначала остановите запись</translation>
    </message>
    <message>
        <source>nothing to record: no microphone and no camera</source>
        <translation>нечего записывать: нет ни микрофона, ни камеры</translation>
    </message>
    <message>
        <source>choose at least one microphone or camera</source>
        <translation>выберите хотя бы один микрофон или камеру</translation>
    </message>
    <message>
        <source>a recess needs a running recording</source>
        <translation>перерыв возможен только во время записи</translation>
    </message>
    <message>
        <source>start the recording first</source>
        <translation>сначала начните запись</translation>
    </message>
    <message>
        <source>resume needs a recess</source>
        <translation>продолжить можно только после перерыва</translation>
    </message>
    <message>
        <source>take a recess first</source>
        <translation>сначала объявите перерыв</translation>
    </message>
    <message>
        <source>%1 holds no manifest and no segments: nothing to recover</source>
        <translation>в %1 нет ни манифеста, ни сегментов: восстанавливать нечего</translation>
    </message>
    <message>
        <source>give the folder of a recorded hearing</source>
        <translation>укажите папку записанного заседания</translation>
    </message>
    <message>
        <source>manifest line %1 of %2 is incomplete (cut off by a crash)</source>
        <translation>строка %1 манифеста %2 неполная (оборвана сбоем)</translation>
    </message>
    <message>
        <source>run 'hattama recover %3' first</source>
        <translation>сначала выполните «hattama recover %3»</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (в %2)</translation>
    </message>
    <message>
        <source>run 'hattama verify %3'; do not record into an altered hearing</source>
        <translation>выполните «hattama verify %3»; не ведите запись в изменённое заседание</translation>
    </message>
    <message>
        <source>the recording in %2 was altered: %1</source>
        <translation>запись в %2 была изменена: %1</translation>
    </message>
    <message>
        <source>recovery repairs crashes, not tampering: run 'hattama verify %2'</source>
        <translation>восстановление исправляет последствия сбоев, а не подделки: выполните «hattama verify %2»</translation>
    </message>
    <message>
        <source>%1 is not readable as media: %2</source>
        <translation>%1 не читается как медиафайл: %2</translation>
    </message>
    <message>
        <source>%1 holds no readable media</source>
        <translation>в %1 нет читаемых медиаданных</translation>
    </message>
    <message>
        <source>cannot write the media file %1: %2</source>
        <translation>не удаётся записать медиафайл %1: %2</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>драйвер базы данных %1 не установлен</translation>
    </message>
    <message>
        <source>install %2</source>
        <translation>установите пакет %2</translation>
    </message>
    <message>
        <source>cannot open the PostgreSQL database "%1" on %2:%3 as user "%4": %5</source>
        <translation>не удаётся открыть базу данных PostgreSQL «%1» на %2:%3 от имени пользователя «%4»: %5</translation>
    </message>
    <message>
        <source>check that the server is running and reachable, and the --db URL (user, host, port, database name)</source>
        <translation>проверьте, что сервер запущен и доступен, и адрес в параметре --db (пользователь, хост, порт, имя базы)</translation>
    </message>
    <message>
        <source>cannot open the SQLite database %1: %2</source>
        <translation>не удаётся открыть базу данных SQLite %1: %2</translation>
    </message>
    <message>
        <source>check that the archive folder is writable and the file is an SQLite database</source>
        <translation>проверьте, что в папку архива можно писать и что файл является базой данных SQLite</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>не удаётся создать папку %1 для базы данных</translation>
    </message>
    <message>
        <source>check the --archive folder and its permissions</source>
        <translation>проверьте папку из параметра --archive и права доступа к ней</translation>
    </message>
    <message>
        <source>cannot set up the database %1: %2</source>
        <translation>не удаётся настроить базу данных %1: %2</translation>
    </message>
    <message>
        <source>check that the file is an SQLite database and not read-only</source>
        <translation>проверьте, что файл является базой данных SQLite и доступен для записи</translation>
    </message>
    <message>
        <source>the database %1 cannot be read: %2</source>
        <translation>не удаётся прочитать базу данных %1: %2</translation>
    </message>
    <message>
        <source>check that this is a Hattama database</source>
        <translation>проверьте, что это база данных Hattama</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, written by a newer Hattama; this version knows schema versions up to %3</source>
        <translation>база данных %1 имеет версию схемы %2 от более новой версии Hattama; эта версия знает схемы до версии %3</translation>
    </message>
    <message>
        <source>use the newer Hattama version, or another database</source>
        <translation>используйте более новую версию Hattama или другую базу данных</translation>
    </message>
    <message>
        <source>migrating the database %1 to schema version %2 failed: %3</source>
        <translation>не удалось обновить базу данных %1 до версии схемы %2: %3</translation>
    </message>
    <message>
        <source>check the database permissions and restore it from its backup if needed</source>
        <translation>проверьте права доступа к базе данных и при необходимости восстановите её из резервной копии</translation>
    </message>
    <message>
        <source>database error in %1 running "%2": %3</source>
        <translation>ошибка базы данных %1 при выполнении «%2»: %3</translation>
    </message>
    <message>
        <source>check that the database is reachable; the log has the details</source>
        <translation>проверьте доступность базы данных; подробности в журнале</translation>
    </message>
    <message>
        <source>cannot start a transaction in the database %1: %2</source>
        <translation>не удаётся начать транзакцию в базе данных %1: %2</translation>
    </message>
    <message>
        <source>check that the database is reachable and not locked by another program</source>
        <translation>проверьте, что база данных доступна и не заблокирована другой программой</translation>
    </message>
    <message>
        <source>cannot commit to the database %1: %2</source>
        <translation>не удаётся сохранить изменения в базе данных %1: %2</translation>
    </message>
    <message>
        <source>check free disk space and that the database is reachable</source>
        <translation>проверьте свободное место на диске и доступность базы данных</translation>
    </message>
    <message>
        <source>--db %1 is not a database URL</source>
        <translation>--db %1 не является адресом базы данных</translation>
    </message>
    <message>
        <source>use postgresql://user@host:5432/name or sqlite:///path/file.sqlite</source>
        <translation>укажите postgresql://пользователь@хост:5432/имя или sqlite:///путь/файл.sqlite</translation>
    </message>
    <message>
        <source>--db %1 names no file</source>
        <translation>в --db %1 не указан файл</translation>
    </message>
    <message>
        <source>use sqlite:///path/to/hattama.sqlite</source>
        <translation>укажите sqlite:///путь/к/hattama.sqlite</translation>
    </message>
    <message>
        <source>--db %1 names no database</source>
        <translation>в --db %1 не указано имя базы данных</translation>
    </message>
    <message>
        <source>add the database name: postgresql://user@host:5432/hattama</source>
        <translation>добавьте имя базы данных: postgresql://пользователь@хост:5432/hattama</translation>
    </message>
    <message>
        <source>no archive folder and no --db URL given</source>
        <translation>не указаны ни папка архива, ни адрес базы данных --db</translation>
    </message>
    <message>
        <source>pass --archive DIR or --db URL</source>
        <translation>укажите --archive ПАПКА или --db АДРЕС</translation>
    </message>
    <message>
        <source>the audit log is not intact: %1</source>
        <translation>журнал аудита нарушен: %1</translation>
    </message>
    <message>
        <source>the audit log of the database %2 was changed outside Hattama</source>
        <translation>журнал аудита базы данных %2 изменён в обход Hattama</translation>
    </message>
    <message>
        <source>(document): not valid JSON at line %1 (offset %2): %3</source>
        <translation>(документ): ошибка синтаксиса в строке %1 (позиция %2): %3</translation>
    </message>
    <message>
        <source>check the file with a JSON validator</source>
        <translation>проверьте синтаксис файла средством проверки JSON</translation>
    </message>
    <message>
        <source>(document): must be a JSON object</source>
        <translation>(документ): должен быть объектом JSON</translation>
    </message>
    <message>
        <source>the file must hold one object with the hearing; docs/hearing-json.md describes the format</source>
        <translation>файл должен содержать один объект с данными заседания; формат описан в docs/hearing-json.md</translation>
    </message>
    <message>
        <source>%1: is missing (%2 is required)</source>
        <translation>%1: значение отсутствует (требуется «%2»)</translation>
    </message>
    <message>
        <source>fix the field in the file; docs/hearing-json.md describes the format</source>
        <translation>исправьте это поле в файле; формат описан в docs/hearing-json.md</translation>
    </message>
    <message>
        <source>%1: must be %2, not %3</source>
        <translation>%1: ожидается «%2», а указано «%3»</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: не может быть пустым</translation>
    </message>
    <message>
        <source>%1: must be at least %2</source>
        <translation>%1: должно быть не меньше %2</translation>
    </message>
    <message>
        <source>%1: "%2" is not an ISO 8601 date and time with a UTC offset (e.g. 2026-11-23T10:00:00+05:00)</source>
        <translation>%1: «%2» — не дата и время по стандарту ISO 8601 со смещением от UTC (например, 2026-11-23T10:00:00+05:00)</translation>
    </message>
    <message>
        <source>%1: must be "%2"</source>
        <translation>%1: должно быть «%2»</translation>
    </message>
    <message>
        <source>%1: is newer than this Hattama reads (%2)</source>
        <translation>%1: версия новее той, что читает эта версия Hattama (%2)</translation>
    </message>
    <message>
        <source>use a newer Hattama, or export the file in version %2</source>
        <translation>используйте более новую версию Hattama или выгрузите файл в версии %2</translation>
    </message>
    <message>
        <source>%1: unknown category "%2" (%3)</source>
        <translation>%1: неизвестная категория «%2» (допустимы: %3)</translation>
    </message>
    <message>
        <source>%1: must be "ru" or "kk", not "%2"</source>
        <translation>%1: должно быть «ru» или «kk», а не «%2»</translation>
    </message>
    <message>
        <source>%1: unknown status "%2"</source>
        <translation>%1: неизвестный статус «%2»</translation>
    </message>
    <message>
        <source>%1: unknown role "%2" (known: %3)</source>
        <translation>%1: неизвестная роль «%2» (известные: %3)</translation>
    </message>
    <message>
        <source>%1: role "%2" is not offered in a %3 case (offered: %4)</source>
        <translation>%1: роль «%2» не предусмотрена в деле категории «%3» (предусмотрены: %4)</translation>
    </message>
    <message>
        <source>%1: "%2" is used by another participant too</source>
        <translation>%1: ключ «%2» уже занят другим участником</translation>
    </message>
    <message>
        <source>give each participant its own key</source>
        <translation>дайте каждому участнику свой ключ</translation>
    </message>
    <message>
        <source>%1: no participant has the key "%2"</source>
        <translation>%1: нет участника с ключом «%2»</translation>
    </message>
    <message>
        <source>%1: is missing (give a participant key or a label)</source>
        <translation>%1: значение отсутствует (укажите ключ участника или подпись)</translation>
    </message>
    <message>
        <source>%1: channel %2 is mapped twice</source>
        <translation>%1: канал %2 назначен дважды</translation>
    </message>
    <message>
        <source>map each channel once</source>
        <translation>назначьте каждый канал один раз</translation>
    </message>
    <message>
        <source>%1: camera %2 is mapped twice</source>
        <translation>%1: камера %2 назначена дважды</translation>
    </message>
    <message>
        <source>map each camera once</source>
        <translation>назначьте каждую камеру один раз</translation>
    </message>
    <message>
        <source>%1: unknown entry kind "%2"</source>
        <translation>%1: неизвестный вид записи «%2»</translation>
    </message>
    <message>
        <source>%1 is not a valid hearing file: %2</source>
        <translation>%1 не является корректным файлом заседания: %2</translation>
    </message>
    <message>
        <source>fix the file; docs/hearing-json.md describes the format</source>
        <translation>исправьте файл; формат описан в docs/hearing-json.md</translation>
    </message>
    <message>
        <source>no hearing with id "%1" in the database %2</source>
        <translation>в базе данных %2 нет заседания с идентификатором «%1»</translation>
    </message>
    <message>
        <source>run "hattama hearing list" to see the ids</source>
        <translation>выполните «hattama hearing list», чтобы увидеть идентификаторы</translation>
    </message>
    <message>
        <source>the hearing has no scheduled start</source>
        <translation>у заседания не указано время начала</translation>
    </message>
    <message>
        <source>give the date and time of the hearing</source>
        <translation>укажите дату и время заседания</translation>
    </message>
    <message>
        <source>the hearing has no case number</source>
        <translation>у заседания не указан номер дела</translation>
    </message>
    <message>
        <source>give the case number</source>
        <translation>укажите номер дела</translation>
    </message>
    <message>
        <source>hearing id "%1" is not usable as a folder name</source>
        <translation>идентификатор заседания «%1» нельзя использовать как имя папки</translation>
    </message>
    <message>
        <source>use ASCII letters, digits and '-' only, or leave the id out</source>
        <translation>используйте только латинские буквы, цифры и «-» или не указывайте идентификатор</translation>
    </message>
    <message>
        <source>hearing id "%1" is already used by another hearing</source>
        <translation>идентификатор «%1» уже занят другим заседанием</translation>
    </message>
    <message>
        <source>leave the id out to get a new one</source>
        <translation>не указывайте идентификатор, чтобы получить новый</translation>
    </message>
    <message>
        <source>hearing %1 has no participant %2</source>
        <translation>в заседании %1 нет участника %2</translation>
    </message>
    <message>
        <source>reload the hearing and try again</source>
        <translation>откройте заседание заново и повторите попытку</translation>
    </message>
    <message>
        <source>hearing %1 is %2 and cannot become %3</source>
        <translation>заседание %1 в статусе «%2» и не может перейти в статус «%3»</translation>
    </message>
    <message>
        <source>from %2 it can become: %4</source>
        <translation>из статуса «%2» возможен переход в: %4</translation>
    </message>
    <message>
        <source>a hearing in this status has no next status</source>
        <translation>из этого статуса переходов нет</translation>
    </message>
    <message>
        <source>no timeline entry %1</source>
        <translation>нет записи хронологии %1</translation>
    </message>
    <message>
        <source>hearing folder %1 not found</source>
        <translation>папка заседания %1 не найдена</translation>
    </message>
    <message>
        <source>give the hearing folder, or a hearing ID from 'hattama hearing list'</source>
        <translation>укажите папку заседания или идентификатор заседания из «hattama hearing list»</translation>
    </message>
    <message>
        <source>hearing %1 not found in the database or the archive %2</source>
        <translation>заседание %1 не найдено ни в базе данных, ни в архиве %2</translation>
    </message>
    <message>
        <source>check the ID with 'hattama hearing list'</source>
        <translation>проверьте идентификатор с помощью «hattama hearing list»</translation>
    </message>
    <message>
        <source>folder %1 holds no hearing.json</source>
        <translation>в папке %1 нет файла hearing.json</translation>
    </message>
    <message>
        <source>give a hearing folder or a hearing ID</source>
        <translation>укажите папку заседания или идентификатор заседания</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 содержит синтаксическую ошибку: %2</translation>
    </message>
    <message>
        <source>see docs/protocol.md for its shape</source>
        <translation>структура описана в docs/protocol.md</translation>
    </message>
    <message>
        <source>hearing data: '%1' is missing</source>
        <translation>данные заседания: нет поля «%1»</translation>
    </message>
    <message>
        <source>hearing data: '%1' is not a valid time: %2</source>
        <translation>данные заседания: «%1» — некорректное время: %2</translation>
    </message>
    <message>
        <source>give an ISO 8601 time such as 2026-11-23T10:15:00+05:00</source>
        <translation>укажите время по ISO 8601, например 2026-11-23T10:15:00+05:00</translation>
    </message>
    <message>
        <source>hearing data: unknown category '%1'</source>
        <translation>данные заседания: неизвестная категория «%1»</translation>
    </message>
    <message>
        <source>use criminal, civil or administrative</source>
        <translation>укажите «criminal», «civil» или «administrative»</translation>
    </message>
    <message>
        <source>hearing data: a participant has no name</source>
        <translation>данные заседания: у участника нет имени</translation>
    </message>
    <message>
        <source>give every participant a name</source>
        <translation>укажите имя каждого участника</translation>
    </message>
    <message>
        <source>hearing data: entry %1 has unknown kind '%2'</source>
        <translation>данные заседания: у записи %1 неизвестный вид «%2»</translation>
    </message>
    <message>
        <source>protocol language '%1' is not supported</source>
        <translation>язык протокола «%1» не поддерживается</translation>
    </message>
    <message>
        <source>use ru or kk</source>
        <translation>укажите ru или kk</translation>
    </message>
    <message>
        <source>case category '%1' is not known</source>
        <translation>категория дела «%1» неизвестна</translation>
    </message>
    <message>
        <source>protocol version %1 is damaged: %2</source>
        <translation>версия протокола %1 повреждена: %2</translation>
    </message>
    <message>
        <source>template %1, line %2: %3</source>
        <translation>шаблон %1, строка %2: %3</translation>
    </message>
    <message>
        <source>see docs/protocol-templates.md</source>
        <translation>см. docs/protocol-templates.md</translation>
    </message>
    <message>
        <source>protocol template %1 cannot be read: %2</source>
        <translation>не удаётся прочитать шаблон протокола %1: %2</translation>
    </message>
    <message>
        <source>check the templates folder of the archive or reinstall Hattama</source>
        <translation>проверьте папку шаблонов в архиве или переустановите Hattama</translation>
    </message>
    <message>
        <source>the event templates are not valid: %1</source>
        <translation>шаблоны событий некорректны: %1</translation>
    </message>
    <message>
        <source>fix the event templates file of the archive</source>
        <translation>исправьте файл шаблонов событий в архиве</translation>
    </message>
    <message>
        <source>%1 is not in this build</source>
        <translation>%1 отсутствует в этой сборке</translation>
    </message>
    <message>
        <source>reinstall Hattama</source>
        <translation>переустановите Hattama</translation>
    </message>
    <message>
        <source>font file %1 not found: the PDF needs DejaVu fonts for Kazakh letters</source>
        <translation>файл шрифта %1 не найден: для казахских букв в PDF нужны шрифты DejaVu</translation>
    </message>
    <message>
        <source>install the package %2</source>
        <translation>установите пакет %2</translation>
    </message>
    <message>
        <source>font file %1 cannot be loaded</source>
        <translation>не удаётся загрузить файл шрифта %1</translation>
    </message>
    <message>
        <source>reinstall the package %2</source>
        <translation>переустановите пакет %2</translation>
    </message>
    <message>
        <source>the PDF cannot be written</source>
        <translation>не удаётся записать PDF</translation>
    </message>
    <message>
        <source>check that the output can be written and the free disk space</source>
        <translation>проверьте, что в выходной файл можно писать, и свободное место на диске</translation>
    </message>
    <message>
        <source>hearing data: entry %1 has no valid '%2'</source>
        <translation>данные заседания: у записи %1 нет корректного «%2»</translation>
    </message>
    <message>
        <source>the main window cannot be opened: there is no graphical display (%1)</source>
        <translation>главное окно не может быть открыто: нет графического дисплея (%1)</translation>
    </message>
    <message>
        <source>start Hattama in a desktop session, or use its commands without a window ('hattama --help')</source>
        <translation>запустите Hattama в графическом сеансе рабочего стола или пользуйтесь её командами без окна ('hattama --help')</translation>
    </message>
    <message>
        <source>%1: must be at most %2</source>
        <translation>%1: должно быть не больше %2</translation>
    </message>
    <message>
        <source>%1: is given twice in the same object</source>
        <translation>%1: указано дважды в одном объекте</translation>
    </message>
    <message>
        <source>give each field once; docs/hearing-json.md describes the format</source>
        <translation>укажите каждое поле один раз; формат описан в docs/hearing-json.md</translation>
    </message>
    <message>
        <source>%1: holds the character %2, which is not allowed in text</source>
        <translation>%1: содержит символ %2, недопустимый в тексте</translation>
    </message>
    <message>
        <source>remove it: a NUL character or half of a surrogate pair is not text; check how the file was made</source>
        <translation>удалите его: нулевой символ или половина суррогатной пары не являются текстом; проверьте, как был создан файл</translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters</source>
        <translation>%1: длиннее %2 символов</translation>
    </message>
    <message>
        <source>%1: hearing id "%2" is not usable as a folder name</source>
        <translation>%1: идентификатор заседания «%2» нельзя использовать как имя папки</translation>
    </message>
    <message>
        <source>use 1 to 80 ASCII letters, digits and '-', starting and ending with a letter or digit, or leave the id out</source>
        <translation>используйте от 1 до 80 латинских букв (A–Z, a–z), цифр и знаков «-», начиная и заканчивая буквой или цифрой, либо не указывайте идентификатор</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 не является обычным файлом</translation>
    </message>
    <message>
        <source>give the path of a hearing file (.json)</source>
        <translation>укажите путь к файлу заседания (.json)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a hearing file may hold</source>
        <translation>%1 больше %2 байт — наибольшего допустимого размера файла заседания</translation>
    </message>
    <message>
        <source>check that this is a hearing file; docs/hearing-json.md describes the format</source>
        <translation>проверьте, что это файл заседания; формат описан в docs/hearing-json.md</translation>
    </message>
    <message>
        <source>the disk ran full while writing %3: the recording in %1 is closed at %2 s, the last segment as far as it got, and verifies</source>
        <translation>диск заполнился при записи %3: запись в %1 закрыта на %2 с, последний сегмент — в том объёме, что успел записаться; проверка целостности проходит</translation>
    </message>
    <message>
        <source>hearing %1 was not recorded: a brief protocol is lawful only with an audio and video recording</source>
        <extracomment>«краткий протокол» / «қысқаша хаттама»; «полный протокол» / «толық хаттама»</extracomment>
        <translation>заседание %1 не записывалось: краткий протокол допускается только при аудио-, видеозаписи</translation>
    </message>
    <message>
        <source>make the full protocol instead (the command: --full)</source>
        <translation>составьте полный протокол (в команде: --full)</translation>
    </message>
    <message>
        <source>folder %1 holds no recording (no recording.json)</source>
        <translation>в папке %1 нет записи (нет файла recording.json)</translation>
    </message>
    <message>
        <source>give the folder of a recorded hearing, or a hearing ID</source>
        <translation>укажите папку записанного заседания или идентификатор заседания</translation>
    </message>
    <message>
        <source>the recording in %1 has no closed segment yet</source>
        <translation>в записи %1 ещё нет ни одного закрытого сегмента</translation>
    </message>
    <message>
        <source>wait until the first segment is closed, or run 'hattama recover' on a cut-off recording</source>
        <translation>дождитесь закрытия первого сегмента или выполните «hattama recover» для прерванной записи</translation>
    </message>
    <message>
        <source>time %1 is outside the recording of the hearing (%2 to %3)</source>
        <translation>время %1 вне записи заседания (с %2 по %3)</translation>
    </message>
    <message>
        <source>give a time between %2 and %3</source>
        <translation>укажите время от %2 до %3</translation>
    </message>
    <message>
        <source>'%1' is not a time</source>
        <translation>«%1» — не время</translation>
    </message>
    <message>
        <source>write it as HH:MM:SS or HH:MM:SS.mmm</source>
        <translation>укажите его в виде ЧЧ:ММ:СС или ЧЧ:ММ:СС.ммм</translation>
    </message>
    <message>
        <source>segment %1 cannot be read: %2</source>
        <translation>не удаётся прочитать сегмент %1: %2</translation>
    </message>
    <message>
        <source>check the hearing with 'hattama verify'</source>
        <translation>проверьте заседание командой «hattama verify»</translation>
    </message>
    <message>
        <source>there is no camera %1; the hearing has %2</source>
        <translation>камеры %1 нет; в заседании камер: %2</translation>
    </message>
    <message>
        <source>give a camera number from 1 to %2</source>
        <translation>укажите номер камеры от 1 до %2</translation>
    </message>
    <message>
        <source>there is no microphone %1; the hearing has %2</source>
        <translation>микрофона %1 нет; в заседании микрофонов: %2</translation>
    </message>
    <message>
        <source>give microphone numbers from 1 to %2</source>
        <translation>укажите номера микрофонов от 1 до %2</translation>
    </message>
    <message>
        <source>speed %1 is not between 0.5 and 2</source>
        <translation>скорость %1 вне диапазона от 0,5 до 2</translation>
    </message>
    <message>
        <source>give a speed from 0.5 to 2</source>
        <translation>укажите скорость от 0,5 до 2</translation>
    </message>
    <message>
        <source>the passage from %1 to %2 is empty</source>
        <translation>фрагмент с %1 по %2 пуст</translation>
    </message>
    <message>
        <source>give an end time after the start time</source>
        <translation>укажите время конца позже времени начала</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the program %1, which writes ISO images and discs, is not installed</source>
        <translation>не установлена программа %1, которая записывает образы ISO и диски</translation>
    </message>
    <message>
        <source>the image %1 cannot be written: %2</source>
        <translation>не удаётся записать образ %1: %2</translation>
    </message>
    <message>
        <source>check the free space and that the folder can be written; nothing was left half-written</source>
        <translation>проверьте свободное место и права на запись в папку; недописанных файлов не осталось</translation>
    </message>
    <message>
        <source>the disc in %1 cannot be written: %2</source>
        <translation>не удаётся записать диск в приводе %1: %2</translation>
    </message>
    <message>
        <source>put a blank writable disc of enough capacity into the drive and try again</source>
        <translation>вставьте в привод чистый записываемый диск достаточной ёмкости и повторите запись</translation>
    </message>
    <message>
        <source>the disc in %1 does not read back as it was written: %2</source>
        <translation>диск в приводе %1 читается не так, как был записан: %2</translation>
    </message>
    <message>
        <source>do not hand out this disc; write the copy to a new disc</source>
        <translation>не выдавайте этот диск; запишите копию на новый диск</translation>
    </message>
    <message>
        <source>writing %1 was cancelled</source>
        <translation>запись %1 отменена</translation>
    </message>
    <message>
        <source>nothing was left half-written; start again when ready</source>
        <translation>недописанных файлов не осталось; начните заново, когда будете готовы</translation>
    </message>
    <message>
        <source>%1 is not a readable PKCS#12 key file: %2</source>
        <translation>%1 не является читаемым файлом ключа PKCS#12: %2</translation>
    </message>
    <message>
        <source>choose the .p12 key file issued by the certification authority</source>
        <translation>выберите файл ключа .p12, выданный удостоверяющим центром</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>неверный пароль для %1</translation>
    </message>
    <message>
        <source>type the password of this key file again; nothing was signed</source>
        <translation>введите пароль этого файла ключа ещё раз; ничего не подписано</translation>
    </message>
    <message>
        <source>no password for the key: there is no terminal to ask on</source>
        <translation>не указан пароль ключа, а терминала, чтобы его запросить, нет</translation>
    </message>
    <message>
        <source>give --password-file FILE, or run the command in a terminal</source>
        <translation>укажите --password-file ФАЙЛ или запустите команду в терминале</translation>
    </message>
    <message>
        <source>the key in %1 is a %2 key, which Hattama cannot sign with</source>
        <translation>ключ в %1 — ключ %2, им Hattama подписывать не умеет</translation>
    </message>
    <message>
        <source>GOST keys of the National Certification Authority need the authority's signing service (NCALayer); sign with the RSA key file (RSA256_….p12)</source>
        <translation>для ключей ГОСТ Национального удостоверяющего центра нужна его служба подписания (NCALayer); подпишите файлом ключа RSA (RSA256_….p12)</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2</source>
        <translation>срок действия сертификата %1 истёк %2</translation>
    </message>
    <message>
        <source>get a new key from the certification authority</source>
        <translation>получите новый ключ в удостоверяющем центре</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid before %2</source>
        <translation>сертификат %1 действует только с %2</translation>
    </message>
    <message>
        <source>check the computer's clock, or sign once the certificate is valid</source>
        <translation>проверьте часы компьютера или подпишите, когда сертификат начнёт действовать</translation>
    </message>
    <message>
        <source>the certificate of %1 was revoked on %2 (%3)</source>
        <translation>сертификат %1 отозван %2 (%3)</translation>
    </message>
    <message>
        <source>a revoked key cannot sign; get a new key from the certification authority</source>
        <translation>отозванным ключом подписывать нельзя; получите новый ключ в удостоверяющем центре</translation>
    </message>
    <message>
        <source>the certificate of %1 is not issued by a trusted authority: %2</source>
        <translation>сертификат %1 выдан не доверенным удостоверяющим центром: %2</translation>
    </message>
    <message>
        <source>put the certification authority's root and intermediate certificates into the trusted folder %3</source>
        <translation>поместите корневой и промежуточный сертификаты удостоверяющего центра в папку доверенных сертификатов %3</translation>
    </message>
    <message>
        <source>the certificate of %1 is not meant for signing documents</source>
        <translation>сертификат %1 не предназначен для подписания документов</translation>
    </message>
    <message>
        <source>use the signing key (key usage: digital signature, non-repudiation), not the login key</source>
        <translation>используйте ключ для подписи (назначение: цифровая подпись, неотрекаемость), а не ключ для входа</translation>
    </message>
    <message>
        <source>whether the certificate of %1 is revoked cannot be checked: %2</source>
        <translation>не удаётся проверить, отозван ли сертификат %1: %2</translation>
    </message>
    <message>
        <source>check the connection to the OCSP service, or put the authority's current CRL file into the trusted folder</source>
        <translation>проверьте связь со службой OCSP или поместите актуальный файл CRL удостоверяющего центра в папку доверенных сертификатов</translation>
    </message>
    <message>
        <source>the folder of trusted certificates %1 holds no CA certificate</source>
        <translation>в папке доверенных сертификатов %1 нет ни одного сертификата удостоверяющего центра</translation>
    </message>
    <message>
        <source>put the certification authority's root and intermediate certificates (.pem, .crt, .cer) there, or give --trust DIR</source>
        <translation>поместите туда корневой и промежуточный сертификаты удостоверяющего центра (.pem, .crt, .cer) или укажите --trust ПАПКА</translation>
    </message>
    <message>
        <source>the signature cannot be made: %1</source>
        <translation>подпись не создана: %1</translation>
    </message>
    <message>
        <source>nothing was signed; check the key file and try again</source>
        <translation>ничего не подписано; проверьте файл ключа и повторите</translation>
    </message>
    <message>
        <source>the signature file %1 cannot be read: %2</source>
        <translation>файл подписи %1 не читается: %2</translation>
    </message>
    <message>
        <source>the hearing in %1 has no saved protocol version to sign</source>
        <translation>у заседания в %1 нет сохранённой версии протокола для подписания</translation>
    </message>
    <message>
        <source>save the protocol first (protocol window, or 'hattama protocol … --save-version')</source>
        <translation>сначала сохраните протокол (окно протокола или «hattama protocol … --save-version»)</translation>
    </message>
    <message>
        <source>protocol version %1 is already signed by the secretary and the judge</source>
        <translation>версия протокола %1 уже подписана секретарём и судьёй</translation>
    </message>
    <message>
        <source>a correction makes a new version, which is signed anew</source>
        <translation>исправление создаёт новую версию, которая подписывается заново</translation>
    </message>
    <message>
        <source>protocol version %1 is not signed by the secretary yet</source>
        <translation>версию протокола %1 ещё не подписал секретарь</translation>
    </message>
    <message>
        <source>the secretary signs first, then the judge</source>
        <translation>сначала подписывает секретарь, затем судья</translation>
    </message>
    <message>
        <source>protocol version %1 is already signed by the %2</source>
        <translation>версию протокола %1 уже подписал %2</translation>
    </message>
    <message>
        <source>protocol version %1 is signed and can no longer be changed</source>
        <translation>версия протокола %1 подписана и больше не может изменяться</translation>
    </message>
    <message>
        <source>make a correction: it becomes a new version that is signed anew</source>
        <translation>внесите исправление: оно станет новой версией, которая подписывается заново</translation>
    </message>
    <message>
        <source>no timestamp from %1: %2</source>
        <translation>метка времени от %1 не получена: %2</translation>
    </message>
    <message>
        <source>check the address of the timestamp service and the connection; nothing was signed</source>
        <translation>проверьте адрес службы меток времени и связь; ничего не подписано</translation>
    </message>
    <message>
        <source>the hearing in %1 is not in a database: remarks on the protocol are kept there</source>
        <translation>заседания в %1 нет в базе данных, а замечания на протокол хранятся в ней</translation>
    </message>
    <message>
        <source>give the hearing's ID with --archive or --db naming its database</source>
        <translation>укажите идентификатор заседания и его базу данных через --archive или --db</translation>
    </message>
    <message>
        <source>hearing %2 has no remark number %1</source>
        <translation>в заседании %2 нет замечания № %1</translation>
    </message>
    <message>
        <source>list the remarks with 'hattama remarks ID'</source>
        <translation>список замечаний: 'hattama remarks ID'</translation>
    </message>
    <message>
        <source>remark %1 is already decided</source>
        <translation>по замечанию № %1 решение уже принято</translation>
    </message>
    <message>
        <source>a decision on a remark is final and is not changed</source>
        <translation>решение по замечанию окончательно и не изменяется</translation>
    </message>
    <message>
        <source>remarks not decided yet: %1</source>
        <translation>по замечаниям не принято решение: %1</translation>
    </message>
    <message>
        <source>the judge accepts or rejects every remark first ('hattama remarks ID decide N'); then attach them</source>
        <translation>сначала судья принимает или отклоняет каждое замечание ('hattama remarks ID decide N'), затем их приобщают</translation>
    </message>
    <message>
        <source>hearing %1 has no remarks that are not attached to the protocol yet</source>
        <translation>в заседании %1 нет замечаний, ещё не приобщённых к протоколу</translation>
    </message>
    <message>
        <source>every remark filed so far is already in the protocol's appendix</source>
        <translation>все поданные замечания уже есть в приложении к протоколу</translation>
    </message>
<message>
        <source>the hearing in %1 is still being recorded</source>
        <translation>заседание в %1 ещё записывается</translation>
    </message>
    <message>
        <source>a copy is made of a stopped recording; stop it first</source>
        <translation>копия делается с остановленной записи; сначала остановите запись</translation>
    </message>
    <message>
        <source>the recording in %1 does not pass verification: %2</source>
        <translation>запись в %1 не проходит проверку: %2</translation>
    </message>
    <message>
        <source>run 'hattama verify' on the hearing and restore it from the archive copy; no copy was made</source>
        <translation>выполните «hattama verify» для заседания и восстановите его из архивной копии; копия не сделана</translation>
    </message>
    <message>
        <source>%1 of the copy cannot be written: %2</source>
        <translation>не удаётся записать %1 копии: %2</translation>
    </message>
    <message>
        <source>nothing was left half-written; check the recording with 'hattama verify' and try again</source>
        <translation>недописанных файлов не осталось; проверьте запись командой «hattama verify» и повторите</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 уже существует</translation>
    </message>
    <message>
        <source>give a new folder or file name for the copy; an existing one is never overwritten</source>
        <translation>укажите для копии новую папку или новое имя файла; существующие не перезаписываются</translation>
    </message>
    <message>
        <source>a copy with the closed-session passages was not confirmed</source>
        <translation>копия с отрывками закрытого заседания не подтверждена</translation>
    </message>
    <message>
        <source>such a copy is for the court's own archive only: confirm on the terminal or give --yes</source>
        <translation>такая копия — только для архива суда: подтвердите в терминале или укажите --yes</translation>
    </message>
    <message>
        <source>the %1 profile of the copy is not in this build of Hattama</source>
        <translation>профиля копии %1 нет в этой сборке Hattama</translation>
    </message>
    <message>
        <source>make a full copy (--profile full), or install a build with this profile</source>
        <translation>сделайте полную копию (--profile full) или установите сборку с этим профилем</translation>
    </message>
</context>
<context>
    <name>FrameCommand</name>
    <message>
        <source>Hearing folder (with recording.json) or hearing ID.</source>
        <translation>Папка заседания (с recording.json) или идентификатор заседания.</translation>
    </message>
    <message>
        <source>The moment on the hearing clock (HH:MM:SS.mmm).</source>
        <translation>Момент по времени заседания (ЧЧ:ММ:СС.ммм).</translation>
    </message>
    <message>
        <source>Camera number (default 1).</source>
        <translation>Номер камеры (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Output PNG file.</source>
        <translation>Выходной файл PNG.</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>укажите ровно одну папку заседания или один идентификатор заседания</translation>
    </message>
    <message>
        <source>give the moment with --at</source>
        <translation>укажите момент параметром --at</translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>укажите выходной файл: -o ФАЙЛ</translation>
    </message>
    <message>
        <source>the PNG cannot be saved</source>
        <translation>не удаётся сохранить PNG</translation>
    </message>
    <message>
        <source>Picture written to %1</source>
        <translation>Кадр записан в %1</translation>
    </message>
</context>
<context>
    <name>HearingCommand</name>
    <message>
        <source>hattama hearing: %1</source>
        <translation>hattama hearing: %1</translation>
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
        <source>unknown action "%1".</source>
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
<message numerus="yes">
        <source>Copies issued (%n):</source>
        <translation>
            <numerusform>Выдано копий (%n):</numerusform>
            <numerusform>Выдано копий (%n):</numerusform>
            <numerusform>Выдано копий (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>with closed-session passages</source>
        <translation>с отрывками закрытого заседания</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>выдал(а) %1</translation>
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
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
</context>
<context>
    <name>PlayCommand</name>
    <message>
        <source>Hearing folder (with recording.json) or hearing ID.</source>
        <translation>Папка заседания (с recording.json) или идентификатор заседания.</translation>
    </message>
    <message>
        <source>Start at this moment of the hearing clock (HH:MM:SS).</source>
        <translation>Начать с этого момента по времени заседания (ЧЧ:ММ:СС).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>укажите ровно одну папку заседания или один идентификатор заседания</translation>
    </message>
</context>
<context>
    <name>ProtocolCommand</name>
    <message>
        <source>hattama protocol: %1</source>
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
    <message>
        <source>Full protocol (criminal cases: CPC art. 347; civil and administrative cases: civil procedure code art. 282). The default when the hearing was not recorded.</source>
        <extracomment>«полный протокол» / «толық хаттама»; its contents: CPC art. 347 (criminal), civil procedure code art. 282</extracomment>
        <translation>Полный протокол (уголовные дела: статья 347 УПК РК; гражданские и административные дела: статья 282 ГПК РК). Составляется по умолчанию, если заседание не записывалось.</translation>
    </message>
    <message>
        <source>Brief protocol, which accompanies the recording. The default when the hearing was recorded; refused when it was not.</source>
        <extracomment>«краткий протокол» / «қысқаша хаттама»: lawful only with an audio and video recording</extracomment>
        <translation>Краткий протокол, прилагаемый к аудио-, видеозаписи. Составляется по умолчанию, если заседание записывалось; без записи не допускается.</translation>
    </message>
    <message>
        <source>give either --full or --brief, not both</source>
        <translation>укажите либо --full, либо --brief, но не оба сразу</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n entries are typed in another language than the protocol (%1): %2</source>
        <translation>
            <numerusform>предупреждение: %n запись набрана не на языке протокола (%1): %2</numerusform>
            <numerusform>предупреждение: %n записи набраны не на языке протокола (%1): %2</numerusform>
            <numerusform>предупреждение: %n записей набрано не на языке протокола (%1): %2</numerusform>
        </translation>
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
        <source>The camera that shows each microphone&apos;s seat, e.g. 1=2,3=1 (microphone track = camera, both from 1); written into recording.json for the party&apos;s compact copy.</source>
        <translation>Камера, которая показывает место каждого микрофона, например 1=2,3=1 (дорожка микрофона = камера, нумерация с 1); записывается в recording.json для компактной копии стороны.</translation>
    </message>
    <message>
        <source>--mic-camera needs a list like 1=2,3=1 (microphone track = camera, both from 1)</source>
        <translation>для --mic-camera нужен список вида 1=2,3=1 (дорожка микрофона = камера, нумерация с 1)</translation>
    </message>
    <message>
        <source>--mic-camera maps microphone %1 to camera %2, but %3 camera(s) are recorded</source>
        <translation>--mic-camera сопоставляет микрофону %1 камеру %2, но записывается камер: %3</translation>
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
        <source>unexpected argument '%1'</source>
        <translation>неожиданный аргумент '%1'</translation>
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
        <source>Stop cleanly when the disk has less than this many MB free, for this run (default: the setting recording/diskStopMb, 512 unless changed, the same as the program's); checked before and during recording.</source>
        <translation>Остановить запись, если на диске свободно меньше стольких МБ, только для этого запуска (по умолчанию — настройка recording/diskStopMb, 512, если её не меняли, та же, что в программе); проверяется до и во время записи.</translation>
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
        <source>Audio input: index or part of the name (see 'hattama devices'). Repeat it to record several inputs together, on the first one's clock.</source>
        <translation>Аудиовход: номер или часть названия (см. 'hattama devices'). Повторите параметр, чтобы записывать несколько входов вместе, по часам первого.</translation>
    </message>
    <message>
        <source>--channels is given more often than --audio-device: one list per device, in order</source>
        <translation>--channels указан чаще, чем --audio-device: по одному списку на устройство, в том же порядке</translation>
    </message>
    <message>
        <source>hattama record: the disk is getting full: %1 MB free, about %2 hours left</source>
        <translation>hattama record: диск заполняется: свободно %1 МБ, записи осталось примерно на %2 ч</translation>
    </message>
    <message>
        <source>--preset needs one of %1</source>
        <translation>для --preset укажите одно из значений: %1</translation>
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
        <translation>Действий не требуется: запись закрыта, все сегменты внесены в манифест.</translation>
    </message>
    <message>
        <source>Segments in the manifest: %1</source>
        <translation>Сегментов в манифесте: %1</translation>
    </message>
    <message>
        <source>Result: recovery incomplete; run 'hattama verify' for details.</source>
        <translation>Итог: восстановление неполное; подробности покажет 'hattama verify'.</translation>
    </message>
    <message>
        <source>Result: recovered; run 'hattama verify %1' to check it.</source>
        <translation>Итог: восстановлено; проверьте командой 'hattama verify %1'.</translation>
    </message>
    <message>
        <source>recovered after a crash: the recording ends at %1; what came after is lost</source>
        <translation>восстановлено после сбоя: запись заканчивается на %1; всё, что было после, утрачено</translation>
    </message>
    <message>
        <source>recovered after a crash: about %1 s lost at %2</source>
        <extracomment>e.g. "recovered after a crash: about 0.4 s lost at 00:12:31.200"</extracomment>
        <translation>восстановлено после сбоя: утрачено около %1 с на отметке %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a recorded file: the recording is left open, nothing is sealed</source>
        <translation>%1 — символическая ссылка, а не записанный файл: запись оставлена незакрытой, ничего не опечатано</translation>
    </message>
    <message>
        <source>no segment could be recovered: the recording is left open, nothing is sealed</source>
        <translation>не удалось восстановить ни одного сегмента: запись оставлена незакрытой, ничего не опечатано</translation>
    </message>
</context>
<context>
    <name>RemarksCommand</name>
    <message>
        <source>hattama remarks: %1</source>
        <translation>hattama remarks: %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает решения</translation>
    </message>
    <message>
        <source>Remark %1 — %2</source>
        <translation>Замечание № %1 — %2</translation>
    </message>
    <message>
        <source>Filed by %1 on %2, on protocol version %3</source>
        <translation>Подал(а) %1, %2, на версию протокола № %3</translation>
    </message>
    <message>
        <source>Time codes: %1</source>
        <translation>Моменты записи: %1</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>Решение судьи %1 от %2: %3</translation>
    </message>
    <message>
        <source>Attached to protocol version %1</source>
        <translation>Приобщено к версии протокола № %1</translation>
    </message>
    <message>
        <source>No remarks on the protocol.</source>
        <translation>Замечаний на протокол нет.</translation>
    </message>
    <message>
        <source>Hearing folder or hearing ID.</source>
        <translation>Папка заседания или идентификатор заседания.</translation>
    </message>
    <message>
        <source>Nothing (list the remarks), add, decide N (N: the remark's number) or attach.</source>
        <translation>Ничего (список замечаний), add, decide N (N — номер замечания) или attach.</translation>
    </message>
    <message>
        <source>add: who files the remark, as "NAME, ROLE" (the procedural role: defender, victim, …). decide: the judge's name (default: the judge of the case).</source>
        <translation>add: кто подаёт замечание, в виде "ФИО, РОЛЬ" (процессуальное положение: защитник, потерпевший, …). decide: ФИО судьи (по умолчанию судья по делу).</translation>
    </message>
    <message>
        <source>add: the text of the remark.</source>
        <translation>add: текст замечания.</translation>
    </message>
    <message>
        <source>add: read the text of the remark from FILE (UTF-8).</source>
        <translation>add: прочитать текст замечания из ФАЙЛА (UTF-8).</translation>
    </message>
    <message>
        <source>add: a moment of the recording the remark concerns, as hearing time HH:MM:SS; may be repeated.</source>
        <translation>add: момент записи, к которому относится замечание, по времени заседания ЧЧ:ММ:СС; можно указать несколько раз.</translation>
    </message>
    <message>
        <source>decide: the judge accepts the remark and certifies it as correct.</source>
        <translation>decide: судья принимает замечание и удостоверяет его правильность.</translation>
    </message>
    <message>
        <source>decide: the judge rejects the remark.</source>
        <translation>decide: судья отклоняет замечание.</translation>
    </message>
    <message>
        <source>decide: the reasons of the decision (required).</source>
        <translation>decide: мотивы решения (обязательно).</translation>
    </message>
    <message>
        <source>give a hearing folder or hearing ID</source>
        <translation>укажите папку заседания или идентификатор заседания</translation>
    </message>
    <message>
        <source>unknown action '%1': use add, decide or attach</source>
        <translation>неизвестное действие '%1': используйте add, decide или attach</translation>
    </message>
    <message>
        <source>give the number of the remark: decide N</source>
        <translation>укажите номер замечания: decide N</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>слишком много аргументов</translation>
    </message>
    <message>
        <source>--%1 belongs to add</source>
        <translation>--%1 относится к действию add</translation>
    </message>
    <message>
        <source>--%1 belongs to decide</source>
        <translation>--%1 относится к действию decide</translation>
    </message>
    <message>
        <source>--by belongs to add and decide</source>
        <translation>--by относится к действиям add и decide</translation>
    </message>
    <message>
        <source>give who files the remark as --by "NAME, ROLE"</source>
        <translation>укажите, кто подаёт замечание: --by "ФИО, РОЛЬ"</translation>
    </message>
    <message>
        <source>give the remark's text with --text TEXT or --text-file FILE</source>
        <translation>укажите текст замечания: --text ТЕКСТ или --text-file ФАЙЛ</translation>
    </message>
    <message>
        <source>the remark's text is empty</source>
        <translation>текст замечания пуст</translation>
    </message>
    <message>
        <source>'%1' is not a remark number</source>
        <translation>'%1' — не номер замечания</translation>
    </message>
    <message>
        <source>give exactly one of --accept and --reject</source>
        <translation>укажите одно из двух: --accept или --reject</translation>
    </message>
    <message>
        <source>give the reasons of the decision with --reason TEXT</source>
        <translation>укажите мотивы решения: --reason ТЕКСТ</translation>
    </message>
    <message>
        <source>Remark %1 filed on protocol version %2.</source>
        <translation>Замечание № %1 подано на версию протокола № %2.</translation>
    </message>
    <message>
        <source>the case names no judge: give the judge's name with --by NAME</source>
        <translation>в деле не указан судья: укажите ФИО судьи через --by ФИО</translation>
    </message>
    <message>
        <source>Remark %1 %2 by %3.</source>
        <translation>Замечание № %1: %2 (судья %3).</translation>
    </message>
    <message>
        <source>Protocol version %1 made with the remarks as its appendix; it is not signed yet: sign it with 'hattama sign'.</source>
        <translation>Создана версия протокола № %1 с замечаниями в приложении; она ещё не подписана: подпишите её командой 'hattama sign'.</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>judge</source>
        <translation>судья</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>Folder of the trusted CA certificates and CRLs (default: the trust folder of the archive).</source>
        <translation>Папка доверенных сертификатов удостоверяющих центров и списков отзыва (по умолчанию — папка trust архива).</translation>
    </message>
    <message>
        <source>OCSP responder to ask about revocation (default: the one the certificate names).</source>
        <translation>Служба OCSP для проверки отзыва (по умолчанию — указанная в сертификате).</translation>
    </message>
    <message>
        <source>not revoked (%1)</source>
        <translation>не отозван (%1)</translation>
    </message>
    <message>
        <source>REVOKED on %1 (%2)</source>
        <translation>ОТОЗВАН %1 (%2)</translation>
    </message>
    <message>
        <source>not checked: no OCSP responder is configured or named, and no CRL file is trusted</source>
        <translation>не проверено: служба OCSP не настроена и не указана, доверенного файла CRL нет</translation>
    </message>
    <message>
        <source>hattama sign: %1</source>
        <translation>hattama sign: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Подписант: %1</translation>
    </message>
    <message>
        <source>IIN: %1</source>
        <translation>ИИН: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Кем выдан: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Действует: с %1 по %2</translation>
    </message>
    <message>
        <source>Hearing folder or hearing ID.</source>
        <translation>Папка заседания или идентификатор заседания.</translation>
    </message>
    <message>
        <source>The PKCS#12 key file (.p12) of the person signing.</source>
        <translation>Файл ключа PKCS#12 (.p12) подписывающего лица.</translation>
    </message>
    <message>
        <source>Read the key's password from the first line of FILE (else it is asked on the terminal).</source>
        <translation>Прочитать пароль ключа из первой строки ФАЙЛА (иначе он запрашивается в терминале).</translation>
    </message>
    <message>
        <source>secretary or judge (default: the next one: the secretary signs first).</source>
        <translation>secretary (секретарь) или judge (судья); по умолчанию — очередной: первым подписывает секретарь.</translation>
    </message>
    <message>
        <source>Add an RFC 3161 timestamp from this timestamp authority (http URL).</source>
        <translation>Добавить метку времени RFC 3161 от этой службы меток времени (адрес http).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>укажите ровно одну папку или один идентификатор заседания</translation>
    </message>
    <message>
        <source>give the key file with --key FILE.p12</source>
        <translation>укажите файл ключа: --key ФАЙЛ.p12</translation>
    </message>
    <message>
        <source>--role must be secretary or judge</source>
        <translation>--role должен быть secretary или judge</translation>
    </message>
    <message>
        <source>Signing protocol version %1 as the %2</source>
        <translation>Подписание версии протокола %1, роль: %2</translation>
    </message>
    <message>
        <source>Revocation: %1</source>
        <translation>Отзыв: %1</translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation>Метка времени: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Подписано: %1</translation>
    </message>
</context>
<context>
    <name>SignatureStatus</name>
    <message>
        <source>judge</source>
        <extracomment>a signer's role on a protocol signature badge</extracomment>
        <translation>судья</translation>
    </message>
    <message>
        <source>secretary</source>
        <extracomment>a signer's role on a protocol signature badge</extracomment>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>подписант</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <extracomment>%1 role (secretary, judge), %2 the signer's name, %3 date and time of signing</extracomment>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>✘ Signature NOT valid</source>
        <translation>✘ Подпись НЕ действительна</translation>
    </message>
    <message>
        <source>✔ Signed (the certificates' chain was not checked: no trusted CA folder)</source>
        <translation>✔ Подписано (цепочка сертификатов не проверена: нет папки доверенных удостоверяющих центров)</translation>
    </message>
    <message>
        <source>✔ Signed, signatures valid</source>
        <translation>✔ Подписано, подписи действительны</translation>
    </message>
    <message>
        <source>Version %1: %2 · %3</source>
        <extracomment>%1 the protocol version, %2 validity, %3 the signers</extracomment>
        <translation>Версия %1: %2 · %3</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ not valid (%1)</source>
        <translation>✘ недействительна (%1)</translation>
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
        <source>manifest line %1 is incomplete (cut off by a crash): run 'hattama recover'</source>
        <translation>строка %1 манифеста не завершена (оборвана сбоем): выполните 'hattama recover'</translation>
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
        <source>segment %1 is not in the manifest: unclosed after a crash, run 'hattama recover'</source>
        <translation>сегмента %1 нет в манифесте: он не закрыт после сбоя, выполните 'hattama recover'</translation>
    </message>
    <message>
        <source>segment %1 matches its hash but cannot be read as media</source>
        <translation>сегмент %1 совпадает со своим хешем, но не читается как медиафайл</translation>
    </message>
    <message>
        <source>the recording is not closed: it is still being recorded, or was cut off (run 'hattama recover')</source>
        <translation>запись не закрыта: она ещё идёт или была прервана (выполните 'hattama recover')</translation>
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
        <source>hattama verify: cannot open the database: %1</source>
        <translation>hattama verify: не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>hattama verify: cannot read the audit log: %1</source>
        <translation>hattama verify: не удаётся прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <source>ERROR: audit log chain broken: %1</source>
        <extracomment>%1 names the first bad row of the audit log, e.g. "row 17: hash does not match its contents"</extracomment>
        <translation>ОШИБКА: нарушена цепочка журнала аудита: %1</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact</source>
        <translation>Журнал аудита: записей — %1, цепочка не нарушена</translation>
    </message>
    <message>
        <source>no database beside this folder: the folder alone cannot show a cut-off end or a rewritten hash chain (give --archive or --db)</source>
        <translation>рядом с этой папкой нет базы данных: по одной папке нельзя выявить отрезанный конец записи или пересчитанную цепочку хешей (укажите --archive или --db)</translation>
    </message>
    <message>
        <source>manifest line %1 gives %2 bytes for segment %3, the file has %4</source>
        <translation>в строке %1 манифеста для сегмента %3 указано %2 байт, а в файле %4</translation>
    </message>
    <message>
        <source>the manifest lists part %1 (%2 segments) that recording.json does not know</source>
        <translation>в манифесте указана часть %1 (сегментов: %2), которой нет в recording.json</translation>
    </message>
    <message>
        <source>recording.json says part %1 has %2 segments (%3); the manifest lists %4 segments (%5)</source>
        <translation>по recording.json в части %1 сегментов: %2 (%3); в манифесте сегментов: %4 (%5)</translation>
    </message>
    <message>
        <source>the recording is in progress: the closed segments are checked, the one being recorded is not</source>
        <translation>запись идёт: проверены закрытые сегменты, записываемый сейчас не проверяется</translation>
    </message>
    <message>
        <source>segment %1 is being recorded (checked once it is closed)</source>
        <translation>сегмент %1 сейчас записывается (будет проверен после закрытия)</translation>
    </message>
    <message>
        <source>recovered after a crash: the recording ends at %1; what came after is lost</source>
        <translation>восстановлено после сбоя: запись заканчивается на %1; всё, что было после, утрачено</translation>
    </message>
    <message>
        <source>recovered after a crash: about %1 s lost at %2</source>
        <extracomment>e.g. "recovered after a crash: 0.4 s lost at 00:12:31.200"</extracomment>
        <translation>восстановлено после сбоя: утрачено около %1 с на отметке %2</translation>
    </message>
    <message>
        <source>the database holds no anchor of this manifest (recorded without this database): a cut-off end or a rewritten chain cannot be detected</source>
        <translation>в базе данных нет привязки этого манифеста (запись велась без этой базы): отрезанный конец или пересчитанную цепочку выявить нельзя</translation>
    </message>
    <message>
        <source>the database anchored %1 manifest lines (%2 segments), the folder holds %3: the end of the recording was cut off</source>
        <translation>в базе данных закреплено строк манифеста: %1 (сегментов: %2), а в папке их %3: конец записи отрезан</translation>
    </message>
    <message>
        <source>manifest line %1 is not the one the database anchored: the hash chain was rewritten</source>
        <translation>строка %1 манифеста не совпадает с закреплённой в базе данных: цепочка хешей пересчитана</translation>
    </message>
    <message>
        <source>Anchors: %1</source>
        <translation>Привязка к базе данных: %1</translation>
    </message>
    <message>
        <source>Result: intact so far. The recording is in progress; every closed segment matches the hash chain of the manifest.</source>
        <translation>Итог: пока целостность подтверждена. Запись идёт; каждый закрытый сегмент совпадает с цепочкой хешей манифеста.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 отсутствует</translation>
    </message>
    <message>
        <source>%1 is not a readable signature</source>
        <translation>%1 не является читаемой подписью</translation>
    </message>
    <message>
        <source>%1 was changed after signing: it does not match its signature %2</source>
        <translation>%1 изменён после подписания: не совпадает со своей подписью %2</translation>
    </message>
    <message>
        <source>%1: the signature of signer %2 is not valid</source>
        <translation>%1: подпись подписанта %2 недействительна</translation>
    </message>
    <message>
        <source>%1 and signers.json name different signers (a signer removed or added)</source>
        <translation>в %1 и signers.json указаны разные подписанты (подписант удалён или добавлен)</translation>
    </message>
    <message>
        <source>%1 no longer matches the hearing seal %2</source>
        <translation>%1 больше не совпадает с печатью заседания %2</translation>
    </message>
    <message>
        <source>the audit log no longer holds the row the hearing seal %1 binds</source>
        <translation>в журнале аудита больше нет записи, которую закрепляет печать заседания %1</translation>
    </message>
    <message>
        <source>%1, signer %2: %3</source>
        <translation>%1, подписант %2: %3</translation>
    </message>
    <message>
        <source>no trusted CA certificates in %1: the signers' chains are not checked</source>
        <translation>в %1 нет доверенных сертификатов удостоверяющих центров: цепочки сертификатов подписантов не проверены</translation>
    </message>
    <message>
        <source>%1, signer %2: revocation not checked (no OCSP responder, no CRL)</source>
        <translation>%1, подписант %2: отзыв не проверен (нет службы OCSP и файла CRL)</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>подписант</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>доверенная</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>не отозван</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>ОТОЗВАН</translation>
    </message>
    <message>
        <source>revoked after signing</source>
        <translation>отозван после подписания</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕНА</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>Signatures: none (the protocol is not signed)</source>
        <translation>Подписи: нет (протокол не подписан)</translation>
    </message>
    <message>
        <source>  v%1 %2: %3, signed %4; chain: %5; revocation: %6</source>
        <extracomment>e.g. " v1 secretary: АХМЕТОВА ӘСЕЛ (IIN 850101400123), signed 2026-11-30T10:00:00Z; chain: trusted; revocation: not revoked"</extracomment>
        <translation>  в%1 %2: %3, подписано %4; цепочка: %5; отзыв: %6</translation>
    </message>
    <message>
        <source>    timestamp: %1</source>
        <translation>    метка времени: %1</translation>
    </message>
    <message>
        <source>Signatures: signed protocol versions: %1</source>
        <translation>Подписи: подписанных версий протокола: %1</translation>
    </message>
    <message>
        <source>%1, signer %2: the timestamp is from «%3», an authority that is not trusted: %4</source>
        <extracomment>%3 the timestamp authority's name, %4 why its certificate is not trusted</extracomment>
        <translation>%1, подписант %2: метка времени выдана «%3», службой, которой нет доверия: %4</translation>
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
    <name>hattama::cli::ManPage</name>
    <message>
        <source>Hattama manual</source>
        <translation>Руководство Hattama</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>ОБЗОР</translation>
    </message>
    <message>
        <source>global options</source>
        <translation>общие параметры</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>ОПИСАНИЕ</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>ОБЩИЕ ПАРАМЕТРЫ</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>КОМАНДЫ</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>КОДЫ ЗАВЕРШЕНИЯ</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ПЕРЕМЕННЫЕ ОКРУЖЕНИЯ</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>ФАЙЛЫ</translation>
    </message>
    <message>
        <source>Settings for every user of the computer, set by the court's IT department: the archive folder (archive/path), the database URL (database/url), the trusted CA folder (signing/trustedCaDir) and the court's time zone (court/timeZone). A user's own setting wins over it.</source>
        <translation>Настройки для всех пользователей компьютера, которые задаёт IT-служба суда: папка архива (archive/path), URL базы данных (database/url), папка доверенных удостоверяющих центров (signing/trustedCaDir) и часовой пояс суда (court/timeZone). Собственная настройка пользователя имеет приоритет.</translation>
    </message>
    <message>
        <source>The user's own settings: language, devices, disk limits and the keys above.</source>
        <translation>Собственные настройки пользователя: язык, устройства, ограничения по диску и перечисленные выше ключи.</translation>
    </message>
    <message>
        <source>The archive of hearings when no other folder is set.</source>
        <translation>Архив судебных заседаний, если другая папка не задана.</translation>
    </message>
    <message>
        <source>The log, kept to a few megabytes.</source>
        <translation>Журнал программы, ограниченный несколькими мегабайтами.</translation>
    </message>
    <message>
        <source>The court's own protocol templates and event catalogue, used instead of the built-in ones; the built-in ones are in /usr/share/hattama/templates/ to start from.</source>
        <translation>Собственные шаблоны протоколов и каталог событий суда, используемые вместо встроенных; встроенные, с которых можно начать, лежат в /usr/share/hattama/templates/.</translation>
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
        <source>Camera</source>
        <extracomment>column of the channel mapping: the camera that shows whoever speaks into the microphone</extracomment>
        <translation>Камера</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>no camera shows this microphone&apos;s seat (the compact copy shows all cameras in a grid)</extracomment>
        <translation>—</translation>
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
        <source>The computer's default input</source>
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
        <source>Recorded together with the first: its microphones follow the first input's</source>
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
        <translation>Выступающий (Alt+1…9):</translation>
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
        <translation>Выступающий %1</translation>
    </message>
    <message>
        <source>Marks the passage that follows as not part of the protocol</source>
        <translation>Отмечает, что следующая часть не входит в протокол</translation>
    </message>
    <message>
        <source>Marks a closed passage: it is left out of the parties' copies</source>
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
    <message>
        <source>The recording has ended: a note has no recording time now. Add remarks to the protocol (Ctrl+Shift+P) until it is signed.</source>
        <translation>Запись окончена: у заметки больше нет времени записи. Дополнения вносятся в протокол (Ctrl+Shift+P) до его подписания.</translation>
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
        <translation>Выступающий</translation>
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
        <extracomment>the participant a representative or defender acts for</extracomment>
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
    <message>
        <source>No secretary is given: the protocol's line «Secretary of the court session» will be empty. Enter the secretary, or press Save again to save without one.</source>
        <translation>Секретарь не указан: строка протокола «Секретарь судебного заседания» останется пустой. Укажите секретаря или нажмите «Сохранить» ещё раз, чтобы сохранить без него.</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Секретарь:</translation>
    </message>
    <message>
        <source>Start (court time):</source>
        <translation>Начало (время суда):</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Чьи интересы представляет</translation>
    </message>
    <message>
        <source>e.g. Astana</source>
        <translation>например, Астана</translation>
    </message>
</context>
<context>
    <name>hattama::ui::HearingSession</name>
    <message>
        <source>Microphone %1</source>
        <extracomment>a microphone channel's default name, %1 is its number</extracomment>
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
        <source>Today's hearings — %1</source>
        <extracomment>%1 is today's date in the long local form</extracomment>
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
    <message>
        <source>Play the recording</source>
        <translation>Воспроизвести запись</translation>
    </message>
    <message>
        <source>Play (%1)</source>
        <extracomment>%1 keyboard shortcut</extracomment>
        <translation>Воспроизвести (%1)</translation>
    </message>
    <message>
        <source>Play the recording of the selected hearing: cameras, microphones, entries</source>
        <translation>Воспроизвести аудио-, видеозапись выбранного заседания: камеры, микрофоны, записи хода заседания</translation>
    </message>
    <message>
        <source>Signatures</source>
        <extracomment>column of the hearings list: the protocol's electronic signatures</extracomment>
        <translation>Подписи</translation>
    </message>
<message>
        <source>Issue copy…</source>
        <translation>Выдать копию…</translation>
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
    <message>
        <source>The hearing's status was not updated: %1</source>
        <translation>Состояние заседания не обновлено: %1</translation>
    </message>
    <message>
        <source>Demo camera %1</source>
        <extracomment>a demo camera's name on its preview and in its test picture, %1 its number</extracomment>
        <translation>Демо-камера %1</translation>
    </message>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>Не удаётся воспроизвести запись: %1</translation>
    </message>
</context>
<context>
    <name>hattama::ui::MicrophoneStrip</name>
    <message>
        <source>Mute</source>
        <extracomment>button: do not hear this microphone</extracomment>
        <translation>Заглушить</translation>
    </message>
    <message>
        <source>Solo</source>
        <extracomment>button: hear only this microphone (and the other soloed ones)</extracomment>
        <translation>Только он</translation>
    </message>
    <message>
        <source>Do not hear microphone %1</source>
        <extracomment>%1 microphone number and name</extracomment>
        <translation>Не слушать микрофон %1</translation>
    </message>
    <message>
        <source>Hear only microphone %1 (and the others marked Solo)</source>
        <translation>Слушать только микрофон %1 (и другие, отмеченные «Только он»)</translation>
    </message>
    <message>
        <source>Loudness of microphone %1</source>
        <translation>Громкость микрофона %1</translation>
    </message>
</context>
<context>
    <name>hattama::ui::PlayerWindow</name>
    <message>
        <source>1…9</source>
        <translation>1…9</translation>
    </message>
    <message>
        <source>Hear only that microphone</source>
        <translation>Слушать только этот микрофон</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Hear every microphone</source>
        <translation>Слушать все микрофоны</translation>
    </message>
    <message>
        <source>Click on a camera</source>
        <translation>Щелчок по камере</translation>
    </message>
    <message>
        <source>Enlarge it; click again for all cameras</source>
        <translation>Увеличить её; повторный щелчок — все камеры</translation>
    </message>
    <message>
        <source>Click on the timeline or an entry</source>
        <translation>Щелчок по шкале времени или по записи</translation>
    </message>
    <message>
        <source>Go to that moment</source>
        <translation>Перейти к этому моменту</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as HH:MM:SS.</source>
        <translation>«%1» — не время; укажите его как ЧЧ:ММ:СС.</translation>
    </message>
    <message>
        <source>%1 is outside the recording, which runs from %2 to %3.</source>
        <extracomment>%1 the time asked for, %2 and %3 the start and end of the recording</extracomment>
        <translation>%1 — вне записи: запись идёт с %2 до %3.</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>Переход ко времени</translation>
    </message>
    <message>
        <source>Time on the hearing clock (%1 – %2):</source>
        <extracomment>%1 and %2 the start and end of the recording</extracomment>
        <translation>Время заседания (%1 – %2):</translation>
    </message>
    <message>
        <source>Part of the recording cannot be played: %1</source>
        <translation>Часть записи не воспроизводится: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 now, %2 the end of the recording, on the hearing clock</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Recording of the hearing %1 — Hattama</source>
        <extracomment>window title; %1 the hearing ID (its folder's name)</extracomment>
        <translation>Аудио-, видеозапись судебного заседания %1 — Hattama</translation>
    </message>
    <message>
        <source>Microphones</source>
        <translation>Микрофоны</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <extracomment>%1 number of entries</extracomment>
        <translation>Записи хода заседания (%1)</translation>
    </message>
    <message>
        <source>◀ Entry</source>
        <translation>◀ Запись</translation>
    </message>
    <message>
        <source>Previous entry (%1)</source>
        <translation>Предыдущая запись (%1)</translation>
    </message>
    <message>
        <source>Entry ▶</source>
        <translation>Запись ▶</translation>
    </message>
    <message>
        <source>Next entry (%1)</source>
        <translation>Следующая запись (%1)</translation>
    </message>
    <message>
        <source>Go to time…</source>
        <translation>Перейти ко времени…</translation>
    </message>
    <message>
        <source>Go to a moment of the hearing (%1)</source>
        <translation>Перейти к моменту заседания (%1)</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Скорость:</translation>
    </message>
    <message>
        <source>Playback speed; the pitch of the voices is kept</source>
        <translation>Скорость воспроизведения; высота голосов сохраняется</translation>
    </message>
    <message>
        <source>Timeline of the hearing</source>
        <translation>Шкала времени заседания</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи хода заседания</translation>
    </message>
    <message>
        <source>No sound device: the recording plays without sound, on the computer's clock</source>
        <translation>Нет звукового устройства: запись воспроизводится без звука, по часам компьютера</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Воспроизвести или приостановить</translation>
    </message>
    <message>
        <source>Play; again: faster</source>
        <translation>Воспроизвести; повторно — быстрее</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Назад на 5 секунд</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Вперёд на 5 секунд</translation>
    </message>
    <message>
        <source>One frame back (paused)</source>
        <translation>На кадр назад (на паузе)</translation>
    </message>
    <message>
        <source>One frame forward (paused)</source>
        <translation>На кадр вперёд (на паузе)</translation>
    </message>
    <message>
        <source>Previous entry</source>
        <translation>Предыдущая запись</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Следующая запись</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>Закрыть проигрыватель</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Камера %1</translation>
    </message>
    <message>
        <source>Recording of the hearing in case No. %1 — Hattama</source>
        <extracomment>window title; %1 the case number</extracomment>
        <translation>Аудио-, видеозапись судебного заседания по делу № %1 — Hattama</translation>
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
        <source>Free space in the archive folder or ask the court's IT staff to move old hearings to the server.</source>
        <translation>Освободите место в папке архива или попросите IT-службу суда перенести старые заседания на сервер.</translation>
    </message>
    <message>
        <source>Record without it</source>
        <translation>Записывать без него</translation>
    </message>
    <message>
        <source>&lt;b style="color:#1a7f37"&gt;✔ Ready to record.&lt;/b&gt;</source>
        <translation>&lt;b style="color:#1a7f37"&gt;✔ Можно начинать запись.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style="color:#c00000"&gt;Not ready. Problems found: %1.&lt;/b&gt;</source>
        <translation>&lt;b style="color:#c00000"&gt;Не готово. Найдено проблем: %1.&lt;/b&gt;</translation>
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
        <source>Rebuild the protocol from the hearing's timeline as it is now. Parts edited by hand are kept.</source>
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
    <message>
        <source>This hearing was not recorded: a brief protocol is lawful only with a recording</source>
        <translation>Заседание не записывалось: краткий протокол допускается только при аудио-, видеозаписи</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are typed in another language than the protocol (%1): %2. The protocol prints them as they were typed.</source>
        <extracomment>%1 the protocol language's name, %2 time codes of the entries, e.g. "00:01:05, 00:12:40"</extracomment>
        <translation>
            <numerusform>%n запись набрана не на языке протокола (%1): %2. В протоколе она приводится так, как набрана.</numerusform>
            <numerusform>%n записи набраны не на языке протокола (%1): %2. В протоколе они приводятся так, как набраны.</numerusform>
            <numerusform>%n записей набрано не на языке протокола (%1): %2. В протоколе они приводятся так, как набраны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol version %1 is signed.</source>
        <translation>Версия протокола %1 подписана.</translation>
    </message>
    <message>
        <source>Sign…</source>
        <extracomment>signing the protocol with an electronic signature</extracomment>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Sign the protocol with your electronic signature: the secretary first, then the judge</source>
        <translation>Подписать протокол электронной цифровой подписью: сначала секретарь, затем судья</translation>
    </message>
    <message>
        <source>Remarks…</source>
        <extracomment>remarks on the protocol filed by the participants («замечания на протокол»)</extracomment>
        <translation>Замечания…</translation>
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
        <source>Check the audio interface's cable and power. The cameras go on recording; sound is recorded again as soon as the input is back.</source>
        <translation>Проверьте кабель и питание аудиоинтерфейса. Камеры продолжают запись; звук снова запишется, как только вход вернётся.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::RemarksDialog</name>
    <message>
        <source>Accepted</source>
        <extracomment>a remark on the protocol the judge accepted (certified as correct)</extracomment>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>a remark on the protocol the judge rejected</extracomment>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <extracomment>a remark on the protocol waiting for the judge's decision</extracomment>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <source>%1 · in version %2</source>
        <extracomment>%1 accepted/rejected, %2 protocol version number</extracomment>
        <translation>%1 · в версии № %2</translation>
    </message>
    <message>
        <source>No remarks on the protocol have been filed.</source>
        <translation>Замечания на протокол не подавались.</translation>
    </message>
    <message>
        <source>Choose a remark to see it in full.</source>
        <translation>Выберите замечание, чтобы увидеть его полностью.</translation>
    </message>
    <message>
        <source>Remark %1</source>
        <translation>Замечание № %1</translation>
    </message>
    <message>
        <source>Filed on protocol version %1 on %2</source>
        <translation>Подано на версию протокола № %1, %2</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Мотивы: %1</translation>
    </message>
    <message>
        <source>Judge %1, %2</source>
        <extracomment>%1 the judge's name, %2 date and time</extracomment>
        <translation>Судья %1, %2</translation>
    </message>
    <message>
        <source>The judge decides every remark before they are attached.</source>
        <translation>Прежде чем приобщить замечания, судья принимает решение по каждому из них.</translation>
    </message>
    <message>
        <source>Makes a new protocol version with the remarks and decisions as its appendix; it is then signed anew.</source>
        <translation>Создаёт новую версию протокола с замечаниями и решениями в приложении; её подписывают заново.</translation>
    </message>
    <message>
        <source>Fill in who files the remark, their role in the case and the text of the remark.</source>
        <translation>Укажите, кто подаёт замечание, его процессуальное положение и текст замечания.</translation>
    </message>
    <message>
        <source>Remark %1 filed.</source>
        <translation>Замечание № %1 подано.</translation>
    </message>
    <message>
        <source>Choose a remark awaiting decision, accept or reject it, and give the reasons and the judge.</source>
        <translation>Выберите замечание, ожидающее решения, примите или отклоните его, укажите мотивы и судью.</translation>
    </message>
    <message>
        <source>Remark %1: %2.</source>
        <extracomment>%1 remark number, %2 accepted/rejected</extracomment>
        <translation>Замечание № %1: %2.</translation>
    </message>
    <message>
        <source>Protocol version %1 made with the remarks as its appendix. It is not signed yet: the secretary and the judge sign it anew.</source>
        <translation>Создана версия протокола № %1 с замечаниями в приложении. Она ещё не подписана: секретарь и судья подписывают её заново.</translation>
    </message>
    <message>
        <source>Remarks on the protocol — case %1</source>
        <extracomment>%1 case number</extracomment>
        <translation>Замечания на протокол — дело № %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Кем подано</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Time codes</source>
        <translation>Моменты записи</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>New remark</source>
        <translation>Новое замечание</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Role in the case:</source>
        <translation>Процессуальное положение:</translation>
    </message>
    <message>
        <source>e.g. defender, victim, plaintiff</source>
        <translation>например: защитник, потерпевший, истец</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>Замечание:</translation>
    </message>
    <message>
        <source>What the protocol leaves out or states wrongly</source>
        <translation>Что в протоколе не отражено или отражено неверно</translation>
    </message>
    <message>
        <source>Time codes:</source>
        <translation>Моменты записи:</translation>
    </message>
    <message>
        <source>File remark</source>
        <translation>Подать замечание</translation>
    </message>
    <message>
        <source>Judge's decision on the selected remark</source>
        <translation>Решение судьи по выбранному замечанию</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>the judge accepts the remark and certifies it as correct</extracomment>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Мотивы:</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Судья:</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Вынести решение</translation>
    </message>
    <message>
        <source>Attach to the protocol as a new version</source>
        <translation>Приобщить к протоколу новой версией</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Filed by: %1</source>
        <extracomment>who filed the remark: full name, procedural role</extracomment>
        <translation>Кем подано: %1</translation>
    </message>
    <message>
        <source>e.g. 00:12:03, 01:05:40</source>
        <translation>например 00:12:03, 01:05:40</translation>
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
        <source>Esc or Ctrl+/ closes this list; the arrow keys and Page Up/Down scroll it.</source>
        <translation>Esc или Ctrl+/ закрывает этот список; стрелки и Page Up/Page Down прокручивают его.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::SignDialog</name>
    <message>
        <source>judge</source>
        <extracomment>the role a signature takes, said after "as the" («как …», «… ретінде»)</extracomment>
        <translation>судья</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Выбор файла ключа</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>not in the certificate</source>
        <translation>не указан в сертификате</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Signs</source>
        <extracomment>%1 the protocol version's number, %2 the role (secretary or judge)</extracomment>
        <translation>Подписывает</translation>
    </message>
    <message>
        <source>protocol version %1 as the %2</source>
        <translation>версию протокола %1 как %2</translation>
    </message>
    <message>
        <source>Signing: checking the certificate with the certification authority…</source>
        <translation>Подписание: сертификат проверяется в удостоверяющем центре…</translation>
    </message>
    <message>
        <source>Sign the protocol</source>
        <translation>Подписание протокола</translation>
    </message>
    <message>
        <source>Protocol version %1 will be signed by you as the %2. The signature covers the protocol and the hearing seal, which binds the audio and video recording.</source>
        <extracomment>%1 the protocol version's number, %2 the role (secretary or judge)</extracomment>
        <translation>Вы подписываете версию протокола %1 как %2. Подпись распространяется на протокол и на печать заседания, которая связывает с ним аудио- и видеозапись.</translation>
    </message>
    <message>
        <source>The protocol cannot be signed now.</source>
        <translation>Сейчас протокол подписать нельзя.</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12):</source>
        <translation>&amp;Файл ключа (.p12):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Show the certificate</source>
        <translation>Показать сертификат</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Protocol version %1 is signed as the %2.</source>
        <extracomment>%1 the protocol version's number, %2 the role</extracomment>
        <translation>Версия протокола %1 подписана вами как %2.</translation>
    </message>
    <message>
        <source>Choose your key file first.</source>
        <translation>Сначала выберите файл своего ключа.</translation>
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
<context><name>CopyCommand</name><message>
        <source>This copy keeps the closed-session and off-record passages. It is for the court's own archive only and is logged. Type yes to make it: </source>
        <translation>В этой копии сохраняются отрывки закрытого заседания и не подлежащие записи. Она предназначена только для архива суда, её выдача записывается в журнал. Введите yes, чтобы сделать её: </translation>
    </message>
    <message>
        <source>Hearing folder (with recording.json) or hearing ID.</source>
        <translation>Папка заседания (с recording.json) или идентификатор заседания.</translation>
    </message>
    <message>
        <source>The copy: a new folder (e.g. on a USB stick), or an ISO image FILE.iso.</source>
        <translation>Копия: новая папка (например, на USB-накопителе) или образ ISO ФАЙЛ.iso.</translation>
    </message>
    <message>
        <source>Write the copy onto a blank disc in this drive (e.g. /dev/sr0) and read it back.</source>
        <translation>Записать копию на чистый диск в этом приводе (например, /dev/sr0) и прочитать её обратно для проверки.</translation>
    </message>
    <message>
        <source>Who receives the copy: "NAME, ROLE".</source>
        <translation>Кому выдаётся копия: «ФИО, процессуальное положение».</translation>
    </message>
    <message>
        <source>full: every camera as recorded (default); compact: one program video that follows the speaker.</source>
        <translation>full: каждая камера как записана (по умолчанию); compact: одно видео, следующее за выступающим.</translation>
    </message>
    <message>
        <source>Keep the closed-session and off-record passages: only for the court's own archive copy (asks, and is logged).</source>
        <translation>Сохранить отрывки закрытого заседания и не подлежащие записи: только для архивной копии суда (запрашивает подтверждение, записывается в журнал).</translation>
    </message>
    <message>
        <source>Confirm --include-sealed without asking.</source>
        <translation>Подтвердить --include-sealed без вопроса.</translation>
    </message>
    <message>
        <source>The issuing secretary's key file: copy.json is signed with it (copy.json.p7s).</source>
        <translation>Файл ключа секретаря, выдающего копию: им подписывается copy.json (copy.json.p7s).</translation>
    </message>
    <message>
        <source>Read the key's password from the first line of FILE (else it is asked on the terminal).</source>
        <translation>Прочитать пароль ключа из первой строки ФАЙЛА (иначе он запрашивается в терминале).</translation>
    </message>
    <message>
        <source>Who issues the copy: "NAME, ROLE" (default: the key's owner, else the user).</source>
        <translation>Кто выдаёт копию: «ФИО, должность» (по умолчанию владелец ключа, иначе пользователь).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>укажите ровно одну папку или один идентификатор заседания</translation>
    </message>
    <message>
        <source>give either --out DIR|FILE.iso or --burn DEVICE</source>
        <translation>укажите либо --out ПАПКА|ФАЙЛ.iso, либо --burn УСТРОЙСТВО</translation>
    </message>
    <message>
        <source>give who receives the copy with --recipient "NAME, ROLE"</source>
        <translation>укажите получателя копии: --recipient «ФИО, процессуальное положение»</translation>
    </message>
    <message>
        <source>--profile must be full or compact</source>
        <translation>--profile должен быть full или compact</translation>
    </message>
    <message>
        <source>--password-file goes with --key</source>
        <translation>--password-file указывается вместе с --key</translation>
    </message>
    <message>
        <source>copy: %1 %</source>
        <translation>копия: %1 %</translation>
    </message>
    <message>
        <source>Copy written: %1 (%2 files, %3 MB)</source>
        <translation>Копия записана: %1 (файлов: %2, %3 МБ)</translation>
    </message>
    <message>
        <source>Left out: %1 – %2 (%3)</source>
        <translation>Не включено: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>closed session</source>
        <translation>закрытое заседание</translation>
    </message>
    <message>
        <source>off the record</source>
        <translation>вне записи</translation>
    </message>
    <message>
        <source>SHA-256 of SHA256SUMS: %1</source>
        <translation>SHA-256 файла SHA256SUMS: %1</translation>
    </message>
    <message>
        <source>copy.json is not signed (no --key)</source>
        <translation>copy.json не подписан (не указан --key)</translation>
    </message>
</context><context><name>hattama::ui::CopyDialog</name><message>
        <source>Issue copy</source>
        <translation>Выдать копию</translation>
    </message>
    <message>
        <source>A copy of the hearing in case %1 for a party: it plays in any browser, without a network, and carries the signed protocol. Closed-session passages are left out.</source>
        <translation>Копия записи заседания по делу %1 для стороны: воспроизводится в любом браузере без сети и содержит подписанный протокол. Отрывки закрытого заседания в неё не включаются.</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Procedural role</source>
        <translation>Процессуальное положение</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>Носитель:</translation>
    </message>
    <message>
        <source>Folder or USB stick</source>
        <translation>Папка или USB-накопитель</translation>
    </message>
    <message>
        <source>ISO image</source>
        <translation>Образ ISO</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Состав:</translation>
    </message>
    <message>
        <source>Full: every camera as recorded</source>
        <translation>Полная: все камеры, как записано</translation>
    </message>
    <message>
        <source>Compact: one video following the speaker</source>
        <translation>Компактная: одно видео за выступающим</translation>
    </message>
    <message>
        <source>Language of the copy:</source>
        <translation>Язык копии:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Folder or USB stick for the copy</source>
        <translation>Папка или USB-накопитель для копии</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копия %1</translation>
    </message>
    <message>
        <source>ISO image of the copy</source>
        <translation>Образ ISO копии</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>Образы ISO (*.iso)</translation>
    </message>
    <message>
        <source>Size of the copy: about %1 MB.</source>
        <translation>Размер копии: около %1 МБ.</translation>
    </message>
    <message>
        <source>It fits a DVD (4.7 GB); put a blank disc into the drive.</source>
        <translation>Она помещается на DVD (4,7 ГБ); вставьте чистый диск в привод.</translation>
    </message>
    <message>
        <source>It does not fit a DVD (4.7 GB): use a Blu-ray disc, a USB stick or the compact profile.</source>
        <translation>Она не помещается на DVD (4,7 ГБ): используйте диск Blu-ray, USB-накопитель или компактный состав.</translation>
    </message>
    <message>
        <source>Free on the target: %1 MB%2.</source>
        <translation>Свободно на носителе: %1 МБ%2.</translation>
    </message>
    <message>
        <source> — not enough, %1 MB needed</source>
        <translation> — недостаточно, нужно %1 МБ</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) left out (closed session, off the record).</source>
        <translation>
            <numerusform>%n отрывок не включён (закрытое заседание, вне записи).</numerusform>
            <numerusform>%n отрывка не включены (закрытое заседание, вне записи).</numerusform>
            <numerusform>%n отрывков не включены (закрытое заседание, вне записи).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the recipient's name.</source>
        <translation>Укажите ФИО получателя.</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Копия создаётся…</translation>
    </message>
    <message>
        <source>The copy is ready: %1 (%2 files, %3 MB).</source>
        <translation>Копия готова: %1 (файлов: %2, %3 МБ).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context></TS>