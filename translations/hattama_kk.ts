<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ClipCommand</name>
    <message>
        <source>Hearing folder (with recording.json) or hearing ID.</source>
        <translation>Отырыс қалтасы (recording.json бар) немесе отырыс идентификаторы.</translation>
    </message>
    <message>
        <source>Start on the hearing clock (HH:MM:SS[.mmm]).</source>
        <translation>Отырыс уақыты бойынша басы (СС:ММ:СС[.ммм]).</translation>
    </message>
    <message>
        <source>End on the hearing clock (HH:MM:SS[.mmm]).</source>
        <translation>Отырыс уақыты бойынша соңы (СС:ММ:СС[.ммм]).</translation>
    </message>
    <message>
        <source>Camera number (default 1).</source>
        <translation>Камера нөмірі (әдепкі бойынша 1).</translation>
    </message>
    <message>
        <source>Every camera in a grid instead of one.</source>
        <translation>Бір камераның орнына барлық камера тор түрінде.</translation>
    </message>
    <message>
        <source>Only these microphones, e.g. 1,3-4 (default: all).</source>
        <translation>Тек осы микрофондар, мысалы 1,3-4 (әдепкі бойынша барлығы).</translation>
    </message>
    <message>
        <source>Output MP4 file (written whole or not at all).</source>
        <translation>Шығыс MP4 файлы (толық жазылады не мүлде жазылмайды).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>бір ғана отырыс қалтасын немесе бір отырыс идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>give the passage with --from and --to</source>
        <translation>үзіндіні --from және --to параметрлерімен көрсетіңіз</translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>шығыс файлын көрсетіңіз: -o ФАЙЛ</translation>
    </message>
    <message>
        <source>give either --camera or --grid, not both</source>
        <translation>--camera немесе --grid параметрінің біреуін ғана көрсетіңіз</translation>
    </message>
    <message>
        <source>Passage written to %1</source>
        <translation>Үзінді %1 файлына жазылды</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Осы команда бойынша анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>hattama %1: %2</source>
        <translation>hattama %1: %2</translation>
    </message>
    <message>
        <source>Usage: hattama %1</source>
        <translation>Қолданылуы: hattama %1</translation>
    </message>
    <message>
        <source>Run 'hattama %1 --help' for details.</source>
        <translation>Толығырақ: 'hattama %1 --help'.</translation>
    </message>
    <message>
        <source>List audio inputs (with channel counts), cameras and demo sources.</source>
        <translation>Аудиокірістерді (арна санымен), камераларды және демо-көздерді көрсету.</translation>
    </message>
    <message>
        <source>Import, list and show hearings.</source>
        <translation>Сот отырыстарын импорттау, тізімін және мәліметтерін көрсету.</translation>
    </message>
    <message>
        <source>Build the hearing protocol in Russian or Kazakh as PDF, ODT or HTML.</source>
        <translation>Сот отырысының хаттамасын орыс немесе қазақ тілінде PDF, ODT не HTML пішімінде жасау.</translation>
    </message>
    <message>
        <source>Record a hearing: every microphone on its own track, every camera in sync.</source>
        <translation>Сот отырысын жазу: әр микрофон өз жолағында, барлық камера үндестірілген.</translation>
    </message>
    <message>
        <source>Finish a hearing cut off by a crash or power loss.</source>
        <translation>Іркілістен немесе электр қуаты өшуінен үзілген отырысты жазуды аяқтау.</translation>
    </message>
    <message>
        <source>Check a hearing folder: the media hash chain, then the signatures.</source>
        <translation>Отырыс қалтасын тексеру: аудио-, бейнежазбаның хеш тізбегін, содан кейін қолтаңбаларды.</translation>
    </message>
    <message>
        <source>give exactly one hearing folder</source>
        <translation>бір ғана отырыс қалтасын көрсетіңіз</translation>
    </message>
    <message>
        <source>Write a passage of a hearing as an MP4 file (H.264/AAC).</source>
        <translation>Отырыстың аудио-, бейнежазбасынан үзіндіні MP4 файлына (H.264/AAC) сақтау.</translation>
    </message>
    <message>
        <source>Write the picture of one camera at a moment of a hearing as PNG.</source>
        <translation>Отырыстың белгілі бір сәтіндегі бір камераның кадрын PNG файлына сақтау.</translation>
    </message>
    <message>
        <source>Sign the hearing's latest protocol version with an electronic signature (secretary, then judge).</source>
        <translation>Отырыс хаттамасының соңғы нұсқасына электрондық цифрлық қолтаңба қою (алдымен хатшы, содан кейін судья).</translation>
    </message>
    <message>
        <source>Play the recording of a hearing in the player window.</source>
        <translation>Сот отырысының аудио-, бейнежазбасын ойнатқыш терезесінде ойнату.</translation>
    </message>
    <message>
        <source>Remarks on the protocol: list them, file one, record the judge's decision, attach them to the protocol as a new version.</source>
        <translation>Хаттамаға ескертулер: тізімі, ескерту беру, судьяның шешімі, хаттамаға жаңа нұсқа ретінде қосу.</translation>
    </message>
<message>
        <source>Make a party's copy of a hearing: a folder, an ISO image or a disc that plays in a browser.</source>
        <translation>Тарапқа отырыстың аудио-, бейнежазбасының көшірмесін жасау: браузерде ойнатылатын қалта, ISO бейнесі немесе диск.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>%1 параметріне мән қажет</translation>
    </message>
    <message>
        <source>unknown language '%1': use ru, kk or en</source>
        <translation>белгісіз тіл '%1': ru, kk немесе en көрсетіңіз</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>белгісіз параметр '%1'</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>белгісіз команда '%1'</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>артық аргумент '%1'</translation>
    </message>
    <message>
        <source>Usage: hattama [--archive DIR] [--lang ru|kk|en] [--db URL] [COMMAND [OPTIONS]]</source>
        <translation>Қолданылуы: hattama [--archive ҚАЛТА] [--lang ru|kk|en] [--db URL] [КОМАНДА [ПАРАМЕТРЛЕР]]</translation>
    </message>
    <message>
        <source>Hattama records court hearings and produces their protocol.</source>
        <translation>Hattama сот отырыстарын жазып, олардың хаттамасын жасайды.</translation>
    </message>
    <message>
        <source>Without a command the main window opens.</source>
        <translation>Команда берілмесе, басты терезе ашылады.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message>
        <source>(not built yet)</source>
        <translation>(әлі іске асырылмаған)</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Жалпы параметрлер:</translation>
    </message>
    <message>
        <source>Archive folder (also HATTAMA_ARCHIVE).</source>
        <translation>Мұрағат қалтасы (сондай-ақ HATTAMA_ARCHIVE).</translation>
    </message>
    <message>
        <source>Language of messages and windows.</source>
        <translation>Хабарлар мен терезелер тілі.</translation>
    </message>
    <message>
        <source>Court server database, e.g. postgresql://user@host:5432/hattama.</source>
        <translation>Сот серверіндегі дерекқор, мысалы postgresql://user@host:5432/hattama.</translation>
    </message>
    <message>
        <source>Show this help; 'hattama COMMAND --help' for a command.</source>
        <translation>Осы анықтаманы көрсету; команда бойынша: 'hattama КОМАНДА --help'.</translation>
    </message>
    <message>
        <source>Show the version and the library versions in use.</source>
        <translation>Бағдарлама мен қолданылатын кітапханалардың нұсқасын көрсету.</translation>
    </message>
    <message>
        <source>Run 'hattama --help' for the commands and options.</source>
        <translation>Командалар мен параметрлер: 'hattama --help'.</translation>
    </message>
    <message>
        <source>hattama %1: this command is not built yet in version %2.</source>
        <translation>hattama %1: %2 нұсқасында бұл команда әлі іске асырылмаған.</translation>
    </message>
    <message>
        <source>Archive folder when --archive is not given.</source>
        <translation>--archive берілмегенде қолданылатын архив қалтасы.</translation>
    </message>
    <message>
        <source>The system configuration file to read instead of /etc/hattama/hattama.conf.</source>
        <translation>/etc/hattama/hattama.conf орнына оқылатын жүйелік баптаулар файлы.</translation>
    </message>
    <message>
        <source>When set, the main window records demo sources (test tones and pictures).</source>
        <translation>Берілсе, басты терезе демонстрациялық көздерді (сынақ сигналдары мен суреттерін) жазады.</translation>
    </message>
    <message>
        <source>Folder with the DejaVu fonts for PDF protocols.</source>
        <translation>PDF хаттамаларына арналған DejaVu қаріптері бар қалта.</translation>
    </message>
    <message>
        <source>When set, the main window also prints warnings to standard error.</source>
        <translation>Берілсе, басты терезе ескертулерді қателердің стандартты ағынына да шығарады.</translation>
    </message>
    <message>
        <source>When 1, the audio library's own messages are shown.</source>
        <translation>1 болса, дыбыс кітапханасының өз хабарлары көрсетіледі.</translation>
    </message>
    <message>
        <source>PostgreSQL user when the database URL names none.</source>
        <translation>Дерекқор URL-інде пайдаланушы көрсетілмесе, PostgreSQL пайдаланушысы.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Сәтті аяқталды.</translation>
    </message>
    <message>
        <source>The operation ran and failed, e.g. a check found tampering.</source>
        <translation>Әрекет орындалды, бірақ сәтсіз аяқталды, мысалы, тексеру аудио-, бейнежазбаның өзгертілгенін анықтады.</translation>
    </message>
    <message>
        <source>Usage error: a wrong command, option or input file.</source>
        <translation>Командадағы қате: команда, параметр немесе кіріс файлы дұрыс емес.</translation>
    </message>
    <message>
        <source>Environment error: a device, the disk, the database or a font is missing or not usable.</source>
        <translation>Орта қатесі: құрылғы, диск, дерекқор немесе қаріп жоқ не пайдалануға жарамсыз.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Орта айнымалылары:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Аяқталу кодтары:</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Audio inputs:</source>
        <translation>Аудиокірістер:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Host API</source>
        <translation>Host API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Арналар</translation>
    </message>
    <message>
        <source>Rates (Hz)</source>
        <translation>Жиіліктер (Гц)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(әдепкі)</translation>
    </message>
    <message>
        <source>Cameras:</source>
        <translation>Камералар:</translation>
    </message>
    <message>
        <source>(no camera found; the demo cameras are always there)</source>
        <translation>(камера табылмады; демо-камералар әрқашан қолжетімді)</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>ақау: %1</translation>
    </message>
    <message>
        <source>Print JSON (shape in docs/devices.md).</source>
        <translation>JSON шығару (құрылымы docs/devices.md ішінде).</translation>
    </message>
    <message>
        <source>hattama devices: unexpected argument '%1'</source>
        <translation>hattama devices: артық аргумент '%1'</translation>
    </message>
</context>
<context>
    <name>ErrorTerm</name>
    <message>
        <source>a string</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>логикалық мән</translation>
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
        <translation>бос мән</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>мән жоқ</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>тағайындалған</translation>
    </message>
    <message>
        <source>live</source>
        <translation>жазылып жатыр</translation>
    </message>
    <message>
        <source>recess</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <source>protocol_draft</source>
        <translation>хаттама жобасы</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілген</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>хатшы</translation>
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
        <translation>дыбыс жүйесін (PortAudio) іске қосу мүмкін болмады</translation>
    </message>
    <message>
        <source>check the sound system of this computer</source>
        <translation>осы компьютердің дыбыс жүйесін тексеріңіз</translation>
    </message>
    <message>
        <source>audio input device '%1' not found</source>
        <translation>«%1» дыбыс кірісі табылмады</translation>
    </message>
    <message>
        <source>connect it, or pick one listed by 'hattama devices'</source>
        <translation>оны қосыңыз немесе құрылғылар тізімінен басқасын таңдаңыз («hattama devices»)</translation>
    </message>
    <message>
        <source>no default audio input device is connected</source>
        <translation>әдепкі дыбыс кірісі қосылмаған</translation>
    </message>
    <message>
        <source>connect a microphone, or pick an input listed by 'hattama devices'</source>
        <translation>микрофонды қосыңыз немесе құрылғылар тізімінен кірісті таңдаңыз («hattama devices»)</translation>
    </message>
    <message>
        <source>the audio input '%1' is not connected; the default input is used</source>
        <translation>«%1» дыбыс кірісі қосылмаған; әдепкі кіріс қолданылады</translation>
    </message>
    <message>
        <source>connect it and open the hearing again, or choose another input</source>
        <translation>оны қосып, отырысты қайта ашыңыз немесе басқа кірісті таңдаңыз</translation>
    </message>
    <message>
        <source>the audio input '%1' is not connected; recording without it</source>
        <translation>«%1» дыбыс кірісі қосылмаған; жазу онсыз жүргізіледі</translation>
    </message>
    <message>
        <source>audio input '%1' has %2 channels, channel %3 does not exist</source>
        <translation>«%1» дыбыс кірісінде %2 арна бар, %3-арна жоқ</translation>
    </message>
    <message>
        <source>choose channels 1 to %2</source>
        <translation>1-ден %2-ге дейінгі арналарды таңдаңыз</translation>
    </message>
    <message>
        <source>audio input '%1' cannot be opened with %2 channels at %3 Hz: %4</source>
        <translation>«%1» дыбыс кірісін %2 арнамен %3 Гц жиілікте ашу мүмкін емес: %4</translation>
    </message>
    <message>
        <source>check that no other program holds it, or choose another input</source>
        <translation>оны басқа бағдарлама пайдаланбайтынын тексеріңіз немесе басқа кірісті таңдаңыз</translation>
    </message>
    <message>
        <source>audio input '%1' cannot start: %2</source>
        <translation>«%1» дыбыс кірісі іске қосылмайды: %2</translation>
    </message>
    <message>
        <source>reconnect it, or choose another input</source>
        <translation>оны қайта қосыңыз немесе басқа кірісті таңдаңыз</translation>
    </message>
    <message>
        <source>audio input '%1' is given twice</source>
        <translation>«%1» дыбыс кірісі екі рет көрсетілген</translation>
    </message>
    <message>
        <source>name each device once</source>
        <translation>әр құрылғыны бір рет көрсетіңіз</translation>
    </message>
    <message>
        <source>the demo microphones are unplugged</source>
        <translation>көрсетілім микрофондары ажыратылған</translation>
    </message>
    <message>
        <source>plug them in again</source>
        <translation>оларды қайта қосыңыз</translation>
    </message>
    <message>
        <source>the camera '%1' is not connected</source>
        <translation>«%1» камерасы қосылмаған</translation>
    </message>
    <message>
        <source>connect it and open the hearing again, or choose another camera</source>
        <translation>оны қосып, отырысты қайта ашыңыз немесе басқа камераны таңдаңыз</translation>
    </message>
    <message>
        <source>camera '%1' (%2) cannot be opened: %3</source>
        <translation>«%1» камерасын (%2) ашу мүмкін емес: %3</translation>
    </message>
    <message>
        <source>camera '%1' delivers no video</source>
        <translation>«%1» камерасы бейне бермейді</translation>
    </message>
    <message>
        <source>check its cable, or choose another camera</source>
        <translation>оның кабелін тексеріңіз немесе басқа камераны таңдаңыз</translation>
    </message>
    <message>
        <source>camera '%1' uses a format this FFmpeg cannot decode</source>
        <translation>«%1» камерасы осы FFmpeg жинағы декодтай алмайтын пішімде бейне береді</translation>
    </message>
    <message>
        <source>choose another camera or another picture format</source>
        <translation>басқа камераны немесе басқа сурет пішімін таңдаңыз</translation>
    </message>
    <message>
        <source>camera '%1': decoder cannot start: %2</source>
        <translation>«%1» камерасы: декодер іске қосылмайды: %2</translation>
    </message>
    <message>
        <source>reconnect it, or choose another camera</source>
        <translation>оны қайта қосыңыз немесе басқа камераны таңдаңыз</translation>
    </message>
    <message>
        <source>camera '%1' is not understood</source>
        <translation>«%1» камера сипаттамасы танылмады</translation>
    </message>
    <message>
        <source>use [NAME=]demo, [NAME=]v4l2:/dev/videoN or [NAME=]lavfi:GRAPH</source>
        <translation>[АТЫ=]demo, [АТЫ=]v4l2:/dev/videoN немесе [АТЫ=]lavfi:ГРАФ түрінде көрсетіңіз</translation>
    </message>
    <message>
        <source>camera '%1' names no device</source>
        <translation>«%1» камера сипаттамасында құрылғы көрсетілмеген</translation>
    </message>
    <message>
        <source>the FFmpeg component %1 is missing</source>
        <translation>FFmpeg-тің %1 құрамдас бөлігі жоқ</translation>
    </message>
    <message>
        <source>install FFmpeg built with %1</source>
        <translation>%1 қосылып жиналған FFmpeg орнатыңыз</translation>
    </message>
    <message>
        <source>the %1 encoder cannot start: %2</source>
        <translation>%1 кодтаушысы іске қосылмайды: %2</translation>
    </message>
    <message>
        <source>check the recording settings (picture size, frame rate)</source>
        <translation>жазу баптауларын тексеріңіз (сурет өлшемі, кадр жиілігі)</translation>
    </message>
    <message>
        <source>the disk is full while writing %1</source>
        <translation>%1 жазу кезінде диск толып қалды</translation>
    </message>
    <message>
        <source>free space or choose another folder; everything before this point is kept</source>
        <translation>орын босатыңыз немесе басқа қалта таңдаңыз; осы сәтке дейін жазылғанның бәрі сақталды</translation>
    </message>
    <message>
        <source>not enough free disk space in %1: %2 MB free, at least %3 MB needed</source>
        <translation>%1 үшін дискіде бос орын жеткіліксіз: %2 МБ бос, кемінде %3 МБ қажет</translation>
    </message>
    <message>
        <source>free space on the disk or choose another folder</source>
        <translation>дискіде орын босатыңыз немесе басқа қалта таңдаңыз</translation>
    </message>
    <message>
        <source>the disk of %1 is almost full (%2 MB free): recording stopped, everything recorded so far is closed and kept</source>
        <translation>%1 орналасқан диск толуға жақын (%2 МБ бос): жазу тоқтатылды, осы уақытқа дейін жазылғанның бәрі жабылып, сақталды</translation>
    </message>
    <message>
        <source>free space on the disk or choose another folder, then record a new part</source>
        <translation>дискіде орын босатыңыз немесе басқа қалта таңдаңыз, содан кейін жаңа бөлікті жазыңыз</translation>
    </message>
    <message>
        <source>the disk of %1 has room for about %2 more hours of recording</source>
        <translation>%1 орналасқан дискіде шамамен тағы %2 сағаттық аудио-, бейнежазбаға орын қалды</translation>
    </message>
    <message>
        <source>free space on the disk before it runs out</source>
        <translation>орын таусылмай тұрып, дискіде орын босатыңыз</translation>
    </message>
    <message>
        <source>cannot query the free space of %1</source>
        <translation>%1 үшін бос орынды анықтау мүмкін емес</translation>
    </message>
    <message>
        <source>check that the disk is connected and readable</source>
        <translation>диск қосылғанын және оқылатынын тексеріңіз</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check that the file exists and can be read</source>
        <translation>файлдың бар екенін және оқылатынын тексеріңіз</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check the free disk space and that the folder is writable</source>
        <translation>дискідегі бос орынды және қалтаға жазу құқығын тексеріңіз</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 жоқ</translation>
    </message>
    <message>
        <source>restore the hearing folder from the archive copy</source>
        <translation>отырыс қалтасын мұрағат көшірмесінен қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>cannot sync %1 to the disk: %2</source>
        <translation>%1 дискіге түсіру мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check the disk; the data may not be on it yet</source>
        <translation>дискіні тексеріңіз: деректер оған әлі түспеген болуы мүмкін</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 атауын %2 деп өзгерту мүмкін емес: %3</translation>
    </message>
    <message>
        <source>check the disk and the folder permissions</source>
        <translation>дискіні және қалтаға қатынау құқықтарын тексеріңіз</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 жою мүмкін емес</translation>
    </message>
    <message>
        <source>check the folder permissions</source>
        <translation>қалтаға қатынау құқықтарын тексеріңіз</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>check the path, its permissions and the free disk space</source>
        <translation>жолды, қатынау құқықтарын және дискідегі бос орынды тексеріңіз</translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation>%1 қалтасын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>check that it exists and its permissions</source>
        <translation>оның бар екенін және қатынау құқықтарын тексеріңіз</translation>
    </message>
    <message>
        <source>cannot write in the folder %1</source>
        <translation>%1 қалтасына жазу мүмкін емес</translation>
    </message>
    <message>
        <source>check its permissions</source>
        <translation>оның қатынау құқықтарын тексеріңіз</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 қалтасы жоқ</translation>
    </message>
    <message>
        <source>give an existing hearing folder</source>
        <translation>бар отырыс қалтасын көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 қалта емес</translation>
    </message>
    <message>
        <source>give the hearing folder</source>
        <translation>отырыс қалтасын көрсетіңіз</translation>
    </message>
    <message>
        <source>out of memory while processing %1</source>
        <translation>%1 өңдеу кезінде жад жетпеді</translation>
    </message>
    <message>
        <source>close other programs and try again</source>
        <translation>басқа бағдарламаларды жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>%1 already holds a recording</source>
        <translation>%1 ішінде аудио-, бейнежазба бар</translation>
    </message>
    <message>
        <source>choose a new folder; to finish a cut-off recording use 'hattama recover'</source>
        <translation>жаңа қалта таңдаңыз; үзілген аудио-, бейнежазбаны аяқтау үшін «hattama recover» пәрменін орындаңыз</translation>
    </message>
    <message>
        <source>%1 is being recorded by another process</source>
        <translation>%1 қалтасына басқа процесс жазып жатыр</translation>
    </message>
    <message>
        <source>stop that recording first</source>
        <translation>алдымен сол отырысты жазуды тоқтатыңыз</translation>
    </message>
    <message>
        <source>the hearing %1 is being recorded (process %2)</source>
        <translation>%1 отырысы қазір жазылып жатыр (%2 процесі)</translation>
    </message>
    <message>
        <source>stop the recording first</source>
        <translation>алдымен жазуды тоқтатыңыз</translation>
    </message>
    <message>
        <source>nothing to record: no microphone and no camera</source>
        <translation>жазатын ештеңе жоқ: микрофон да, камера да жоқ</translation>
    </message>
    <message>
        <source>choose at least one microphone or camera</source>
        <translation>кемінде бір микрофонды немесе камераны таңдаңыз</translation>
    </message>
    <message>
        <source>a recess needs a running recording</source>
        <translation>үзіліс тек жазу жүріп жатқанда мүмкін</translation>
    </message>
    <message>
        <source>start the recording first</source>
        <translation>алдымен жазуды бастаңыз</translation>
    </message>
    <message>
        <source>resume needs a recess</source>
        <translation>жалғастыру тек үзілістен кейін мүмкін</translation>
    </message>
    <message>
        <source>take a recess first</source>
        <translation>алдымен үзіліс жариялаңыз</translation>
    </message>
    <message>
        <source>%1 holds no manifest and no segments: nothing to recover</source>
        <translation>%1 ішінде манифест те, сегменттер де жоқ: қалпына келтіретін ештеңе жоқ</translation>
    </message>
    <message>
        <source>give the folder of a recorded hearing</source>
        <translation>жазылған отырыстың қалтасын көрсетіңіз</translation>
    </message>
    <message>
        <source>manifest line %1 of %2 is incomplete (cut off by a crash)</source>
        <translation>%2 манифесінің %1-жолы толық емес (іркілістен үзілген)</translation>
    </message>
    <message>
        <source>run 'hattama recover %3' first</source>
        <translation>алдымен «hattama recover %3» пәрменін орындаңыз</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2 ішінде)</translation>
    </message>
    <message>
        <source>run 'hattama verify %3'; do not record into an altered hearing</source>
        <translation>«hattama verify %3» пәрменін орындаңыз; өзгертілген отырысқа жазу жүргізбеңіз</translation>
    </message>
    <message>
        <source>the recording in %2 was altered: %1</source>
        <translation>%2 ішіндегі аудио-, бейнежазба өзгертілген: %1</translation>
    </message>
    <message>
        <source>recovery repairs crashes, not tampering: run 'hattama verify %2'</source>
        <translation>қалпына келтіру іркілістің салдарын түзейді, қолдан өзгертуді емес: «hattama verify %2» пәрменін орындаңыз</translation>
    </message>
    <message>
        <source>%1 is not readable as media: %2</source>
        <translation>%1 медиафайл ретінде оқылмайды: %2</translation>
    </message>
    <message>
        <source>%1 holds no readable media</source>
        <translation>%1 ішінде оқылатын медиа деректер жоқ</translation>
    </message>
    <message>
        <source>cannot write the media file %1: %2</source>
        <translation>%1 медиафайлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>%1 дерекқор драйвері орнатылмаған</translation>
    </message>
    <message>
        <source>install %2</source>
        <translation>%2 бумасын орнатыңыз</translation>
    </message>
    <message>
        <source>cannot open the PostgreSQL database "%1" on %2:%3 as user "%4": %5</source>
        <translation>%2:%3 серверіндегі «%1» PostgreSQL дерекқорын «%4» пайдаланушысы атынан ашу мүмкін емес: %5</translation>
    </message>
    <message>
        <source>check that the server is running and reachable, and the --db URL (user, host, port, database name)</source>
        <translation>сервердің іске қосылғанын және қолжетімді екенін, сондай-ақ --db параметріндегі мекенжайды (пайдаланушы, хост, порт, дерекқор атауы) тексеріңіз</translation>
    </message>
    <message>
        <source>cannot open the SQLite database %1: %2</source>
        <translation>%1 SQLite дерекқорын ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check that the archive folder is writable and the file is an SQLite database</source>
        <translation>мұрағат қалтасына жазуға болатынын және файлдың SQLite дерекқоры екенін тексеріңіз</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>дерекқор үшін %1 қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>check the --archive folder and its permissions</source>
        <translation>--archive параметріндегі қалтаны және оған қатынау құқықтарын тексеріңіз</translation>
    </message>
    <message>
        <source>cannot set up the database %1: %2</source>
        <translation>%1 дерекқорын баптау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check that the file is an SQLite database and not read-only</source>
        <translation>файлдың SQLite дерекқоры екенін және оған жазуға болатынын тексеріңіз</translation>
    </message>
    <message>
        <source>the database %1 cannot be read: %2</source>
        <translation>%1 дерекқорын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check that this is a Hattama database</source>
        <translation>бұл Hattama дерекқоры екенін тексеріңіз</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, written by a newer Hattama; this version knows schema versions up to %3</source>
        <translation>%1 дерекқорының сызба нұсқасы %2, оны Hattama-ның жаңарақ нұсқасы жазған; бұл нұсқа %3 нұсқасына дейінгі сызбаларды ғана біледі</translation>
    </message>
    <message>
        <source>use the newer Hattama version, or another database</source>
        <translation>Hattama-ның жаңарақ нұсқасын немесе басқа дерекқорды пайдаланыңыз</translation>
    </message>
    <message>
        <source>migrating the database %1 to schema version %2 failed: %3</source>
        <translation>%1 дерекқорын %2 сызба нұсқасына жаңарту сәтсіз аяқталды: %3</translation>
    </message>
    <message>
        <source>check the database permissions and restore it from its backup if needed</source>
        <translation>дерекқорға қатынау құқықтарын тексеріңіз, қажет болса, оны сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>database error in %1 running "%2": %3</source>
        <translation>%1 дерекқорында «%2» орындау кезіндегі қате: %3</translation>
    </message>
    <message>
        <source>check that the database is reachable; the log has the details</source>
        <translation>дерекқордың қолжетімді екенін тексеріңіз; толығырақ журналда</translation>
    </message>
    <message>
        <source>cannot start a transaction in the database %1: %2</source>
        <translation>%1 дерекқорында транзакцияны бастау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check that the database is reachable and not locked by another program</source>
        <translation>дерекқордың қолжетімді екенін және оны басқа бағдарлама бұғаттамағанын тексеріңіз</translation>
    </message>
    <message>
        <source>cannot commit to the database %1: %2</source>
        <translation>%1 дерекқорына өзгерістерді сақтау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check free disk space and that the database is reachable</source>
        <translation>дискідегі бос орынды және дерекқордың қолжетімділігін тексеріңіз</translation>
    </message>
    <message>
        <source>--db %1 is not a database URL</source>
        <translation>--db %1 дерекқор мекенжайы емес</translation>
    </message>
    <message>
        <source>use postgresql://user@host:5432/name or sqlite:///path/file.sqlite</source>
        <translation>postgresql://пайдаланушы@хост:5432/атауы немесе sqlite:///жол/файл.sqlite түрінде көрсетіңіз</translation>
    </message>
    <message>
        <source>--db %1 names no file</source>
        <translation>--db %1 ішінде файл көрсетілмеген</translation>
    </message>
    <message>
        <source>use sqlite:///path/to/hattama.sqlite</source>
        <translation>sqlite:///жол/hattama.sqlite түрінде көрсетіңіз</translation>
    </message>
    <message>
        <source>--db %1 names no database</source>
        <translation>--db %1 ішінде дерекқор атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>add the database name: postgresql://user@host:5432/hattama</source>
        <translation>дерекқор атауын қосыңыз: postgresql://пайдаланушы@хост:5432/hattama</translation>
    </message>
    <message>
        <source>no archive folder and no --db URL given</source>
        <translation>мұрағат қалтасы да, --db дерекқор мекенжайы да көрсетілмеген</translation>
    </message>
    <message>
        <source>pass --archive DIR or --db URL</source>
        <translation>--archive ҚАЛТА немесе --db МЕКЕНЖАЙ көрсетіңіз</translation>
    </message>
    <message>
        <source>the audit log is not intact: %1</source>
        <translation>аудит журналының тұтастығы бұзылған: %1</translation>
    </message>
    <message>
        <source>the audit log of the database %2 was changed outside Hattama</source>
        <translation>%2 дерекқорының аудит журналы Hattama-дан тыс өзгертілген</translation>
    </message>
    <message>
        <source>(document): not valid JSON at line %1 (offset %2): %3</source>
        <translation>(құжат): %1-жолда синтаксис қатесі (%2-позиция): %3</translation>
    </message>
    <message>
        <source>check the file with a JSON validator</source>
        <translation>файлдың синтаксисін JSON тексеру құралымен тексеріңіз</translation>
    </message>
    <message>
        <source>(document): must be a JSON object</source>
        <translation>(құжат): JSON объектісі болуы керек</translation>
    </message>
    <message>
        <source>the file must hold one object with the hearing; docs/hearing-json.md describes the format</source>
        <translation>файлда отырыс деректері бар бір объект болуы керек; пішімі docs/hearing-json.md құжатында сипатталған</translation>
    </message>
    <message>
        <source>%1: is missing (%2 is required)</source>
        <translation>%1: мән жоқ («%2» қажет)</translation>
    </message>
    <message>
        <source>fix the field in the file; docs/hearing-json.md describes the format</source>
        <translation>файлдағы осы өрісті түзетіңіз; пішімі docs/hearing-json.md құжатында сипатталған</translation>
    </message>
    <message>
        <source>%1: must be %2, not %3</source>
        <translation>%1: «%2» күтілген, бірақ «%3» көрсетілген</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: бос болмауы керек</translation>
    </message>
    <message>
        <source>%1: must be at least %2</source>
        <translation>%1: кемінде %2 болуы керек</translation>
    </message>
    <message>
        <source>%1: "%2" is not an ISO 8601 date and time with a UTC offset (e.g. 2026-11-23T10:00:00+05:00)</source>
        <translation>%1: «%2» — UTC-ден ығысуы көрсетілген ISO 8601 стандартындағы күн мен уақыт емес (мысалы, 2026-11-23T10:00:00+05:00)</translation>
    </message>
    <message>
        <source>%1: must be "%2"</source>
        <translation>%1: «%2» болуы керек</translation>
    </message>
    <message>
        <source>%1: is newer than this Hattama reads (%2)</source>
        <translation>%1: нұсқа осы Hattama оқитын нұсқадан (%2) жаңарақ</translation>
    </message>
    <message>
        <source>use a newer Hattama, or export the file in version %2</source>
        <translation>Hattama-ның жаңарақ нұсқасын пайдаланыңыз немесе файлды %2 нұсқасында экспорттаңыз</translation>
    </message>
    <message>
        <source>%1: unknown category "%2" (%3)</source>
        <translation>%1: белгісіз санат «%2» (рұқсат етілгені: %3)</translation>
    </message>
    <message>
        <source>%1: must be "ru" or "kk", not "%2"</source>
        <translation>%1: «%2» емес, «ru» немесе «kk» болуы керек</translation>
    </message>
    <message>
        <source>%1: unknown status "%2"</source>
        <translation>%1: белгісіз мәртебе «%2»</translation>
    </message>
    <message>
        <source>%1: unknown role "%2" (known: %3)</source>
        <translation>%1: белгісіз рөл «%2» (белгілілері: %3)</translation>
    </message>
    <message>
        <source>%1: role "%2" is not offered in a %3 case (offered: %4)</source>
        <translation>%1: «%3» санатындағы істе «%2» рөлі көзделмеген (көзделгендері: %4)</translation>
    </message>
    <message>
        <source>%1: "%2" is used by another participant too</source>
        <translation>%1: «%2» кілтін басқа қатысушы да пайдаланады</translation>
    </message>
    <message>
        <source>give each participant its own key</source>
        <translation>әр қатысушыға жеке кілт беріңіз</translation>
    </message>
    <message>
        <source>%1: no participant has the key "%2"</source>
        <translation>%1: «%2» кілті бар қатысушы жоқ</translation>
    </message>
    <message>
        <source>%1: is missing (give a participant key or a label)</source>
        <translation>%1: мән жоқ (қатысушы кілтін немесе белгіні көрсетіңіз)</translation>
    </message>
    <message>
        <source>%1: channel %2 is mapped twice</source>
        <translation>%1: %2-арна екі рет тағайындалған</translation>
    </message>
    <message>
        <source>map each channel once</source>
        <translation>әр арнаны бір рет тағайындаңыз</translation>
    </message>
    <message>
        <source>%1: camera %2 is mapped twice</source>
        <translation>%1: %2-камера екі рет тағайындалған</translation>
    </message>
    <message>
        <source>map each camera once</source>
        <translation>әр камераны бір рет тағайындаңыз</translation>
    </message>
    <message>
        <source>%1: unknown entry kind "%2"</source>
        <translation>%1: белгісіз жазба түрі «%2»</translation>
    </message>
    <message>
        <source>%1 is not a valid hearing file: %2</source>
        <translation>%1 — жарамды отырыс файлы емес: %2</translation>
    </message>
    <message>
        <source>fix the file; docs/hearing-json.md describes the format</source>
        <translation>файлды түзетіңіз; пішімі docs/hearing-json.md құжатында сипатталған</translation>
    </message>
    <message>
        <source>no hearing with id "%1" in the database %2</source>
        <translation>%2 дерекқорында «%1» идентификаторы бар отырыс жоқ</translation>
    </message>
    <message>
        <source>run "hattama hearing list" to see the ids</source>
        <translation>идентификаторларды көру үшін «hattama hearing list» пәрменін орындаңыз</translation>
    </message>
    <message>
        <source>the hearing has no scheduled start</source>
        <translation>отырыстың басталу уақыты көрсетілмеген</translation>
    </message>
    <message>
        <source>give the date and time of the hearing</source>
        <translation>отырыстың күні мен уақытын көрсетіңіз</translation>
    </message>
    <message>
        <source>the hearing has no case number</source>
        <translation>отырыстың іс нөмірі көрсетілмеген</translation>
    </message>
    <message>
        <source>give the case number</source>
        <translation>іс нөмірін көрсетіңіз</translation>
    </message>
    <message>
        <source>hearing id "%1" is not usable as a folder name</source>
        <translation>«%1» отырыс идентификаторын қалта атауы ретінде пайдалануға болмайды</translation>
    </message>
    <message>
        <source>use ASCII letters, digits and '-' only, or leave the id out</source>
        <translation>тек латын әріптерін, цифрларды және «-» белгісін пайдаланыңыз немесе идентификаторды көрсетпеңіз</translation>
    </message>
    <message>
        <source>hearing id "%1" is already used by another hearing</source>
        <translation>«%1» идентификаторын басқа отырыс пайдаланып жатыр</translation>
    </message>
    <message>
        <source>leave the id out to get a new one</source>
        <translation>жаңасын алу үшін идентификаторды көрсетпеңіз</translation>
    </message>
    <message>
        <source>hearing %1 has no participant %2</source>
        <translation>%1 отырысында %2 қатысушысы жоқ</translation>
    </message>
    <message>
        <source>reload the hearing and try again</source>
        <translation>отырысты қайта ашып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>hearing %1 is %2 and cannot become %3</source>
        <translation>%1 отырысының мәртебесі «%2», оны «%3» мәртебесіне ауыстыруға болмайды</translation>
    </message>
    <message>
        <source>from %2 it can become: %4</source>
        <translation>«%2» мәртебесінен ауысуға болатындары: %4</translation>
    </message>
    <message>
        <source>a hearing in this status has no next status</source>
        <translation>бұл мәртебеден кейінгі мәртебе жоқ</translation>
    </message>
    <message>
        <source>no timeline entry %1</source>
        <translation>уақыт шкаласында %1 жазбасы жоқ</translation>
    </message>
    <message>
        <source>hearing folder %1 not found</source>
        <translation>%1 отырыс қалтасы табылмады</translation>
    </message>
    <message>
        <source>give the hearing folder, or a hearing ID from 'hattama hearing list'</source>
        <translation>отырыс қалтасын немесе «hattama hearing list» тізіміндегі отырыс идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>hearing %1 not found in the database or the archive %2</source>
        <translation>%1 отырысы дерекқордан да, %2 мұрағатынан да табылмады</translation>
    </message>
    <message>
        <source>check the ID with 'hattama hearing list'</source>
        <translation>идентификаторды «hattama hearing list» арқылы тексеріңіз</translation>
    </message>
    <message>
        <source>folder %1 holds no hearing.json</source>
        <translation>%1 қалтасында hearing.json файлы жоқ</translation>
    </message>
    <message>
        <source>give a hearing folder or a hearing ID</source>
        <translation>отырыс қалтасын немесе отырыс идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ішінде синтаксис қатесі бар: %2</translation>
    </message>
    <message>
        <source>see docs/protocol.md for its shape</source>
        <translation>құрылымы docs/protocol.md құжатында сипатталған</translation>
    </message>
    <message>
        <source>hearing data: '%1' is missing</source>
        <translation>отырыс деректері: «%1» өрісі жоқ</translation>
    </message>
    <message>
        <source>hearing data: '%1' is not a valid time: %2</source>
        <translation>отырыс деректері: «%1» — жарамсыз уақыт: %2</translation>
    </message>
    <message>
        <source>give an ISO 8601 time such as 2026-11-23T10:15:00+05:00</source>
        <translation>уақытты ISO 8601 бойынша көрсетіңіз, мысалы 2026-11-23T10:15:00+05:00</translation>
    </message>
    <message>
        <source>hearing data: unknown category '%1'</source>
        <translation>отырыс деректері: белгісіз санат «%1»</translation>
    </message>
    <message>
        <source>use criminal, civil or administrative</source>
        <translation>«criminal», «civil» немесе «administrative» деп көрсетіңіз</translation>
    </message>
    <message>
        <source>hearing data: a participant has no name</source>
        <translation>отырыс деректері: қатысушының аты жоқ</translation>
    </message>
    <message>
        <source>give every participant a name</source>
        <translation>әр қатысушының атын көрсетіңіз</translation>
    </message>
    <message>
        <source>hearing data: entry %1 has unknown kind '%2'</source>
        <translation>отырыс деректері: %1-жазбаның түрі белгісіз «%2»</translation>
    </message>
    <message>
        <source>protocol language '%1' is not supported</source>
        <translation>«%1» хаттама тілі қолдау көрсетілмейді</translation>
    </message>
    <message>
        <source>use ru or kk</source>
        <translation>ru немесе kk деп көрсетіңіз</translation>
    </message>
    <message>
        <source>case category '%1' is not known</source>
        <translation>«%1» іс санаты белгісіз</translation>
    </message>
    <message>
        <source>protocol version %1 is damaged: %2</source>
        <translation>%1 хаттама нұсқасы бүлінген: %2</translation>
    </message>
    <message>
        <source>template %1, line %2: %3</source>
        <translation>%1 үлгісі, %2-жол: %3</translation>
    </message>
    <message>
        <source>see docs/protocol-templates.md</source>
        <translation>docs/protocol-templates.md құжатын қараңыз</translation>
    </message>
    <message>
        <source>protocol template %1 cannot be read: %2</source>
        <translation>%1 хаттама үлгісін оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check the templates folder of the archive or reinstall Hattama</source>
        <translation>мұрағаттағы үлгілер қалтасын тексеріңіз немесе Hattama-ны қайта орнатыңыз</translation>
    </message>
    <message>
        <source>the event templates are not valid: %1</source>
        <translation>оқиға үлгілері жарамсыз: %1</translation>
    </message>
    <message>
        <source>fix the event templates file of the archive</source>
        <translation>мұрағаттағы оқиға үлгілері файлын түзетіңіз</translation>
    </message>
    <message>
        <source>%1 is not in this build</source>
        <translation>%1 осы жинақта жоқ</translation>
    </message>
    <message>
        <source>reinstall Hattama</source>
        <translation>Hattama-ны қайта орнатыңыз</translation>
    </message>
    <message>
        <source>font file %1 not found: the PDF needs DejaVu fonts for Kazakh letters</source>
        <translation>%1 қаріп файлы табылмады: PDF ішіндегі қазақ әріптері үшін DejaVu қаріптері қажет</translation>
    </message>
    <message>
        <source>install the package %2</source>
        <translation>%2 бумасын орнатыңыз</translation>
    </message>
    <message>
        <source>font file %1 cannot be loaded</source>
        <translation>%1 қаріп файлын жүктеу мүмкін емес</translation>
    </message>
    <message>
        <source>reinstall the package %2</source>
        <translation>%2 бумасын қайта орнатыңыз</translation>
    </message>
    <message>
        <source>the PDF cannot be written</source>
        <translation>PDF жазу мүмкін емес</translation>
    </message>
    <message>
        <source>check that the output can be written and the free disk space</source>
        <translation>шығыс файлына жазуға болатынын және дискідегі бос орынды тексеріңіз</translation>
    </message>
    <message>
        <source>hearing data: entry %1 has no valid '%2'</source>
        <translation>отырыс деректері: %1-жазбада жарамды «%2» жоқ</translation>
    </message>
    <message>
        <source>the main window cannot be opened: there is no graphical display (%1)</source>
        <translation>басты терезені ашу мүмкін емес: графикалық дисплей жоқ (%1)</translation>
    </message>
    <message>
        <source>start Hattama in a desktop session, or use its commands without a window ('hattama --help')</source>
        <translation>Hattama бағдарламасын жұмыс үстелінің графикалық сеансында іске қосыңыз немесе оның командаларын терезесіз пайдаланыңыз ('hattama --help')</translation>
    </message>
    <message>
        <source>%1: must be at most %2</source>
        <translation>%1: %2 санынан аспауы керек</translation>
    </message>
    <message>
        <source>%1: is given twice in the same object</source>
        <translation>%1: бір объектіде екі рет көрсетілген</translation>
    </message>
    <message>
        <source>give each field once; docs/hearing-json.md describes the format</source>
        <translation>әр өрісті бір рет көрсетіңіз; пішімі docs/hearing-json.md құжатында сипатталған</translation>
    </message>
    <message>
        <source>%1: holds the character %2, which is not allowed in text</source>
        <translation>%1: мәтінде рұқсат етілмеген %2 таңбасы бар</translation>
    </message>
    <message>
        <source>remove it: a NUL character or half of a surrogate pair is not text; check how the file was made</source>
        <translation>оны алып тастаңыз: нөлдік таңба немесе суррогат жұбының жартысы мәтін емес; файлдың қалай жасалғанын тексеріңіз</translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters</source>
        <translation>%1: %2 таңбадан ұзын</translation>
    </message>
    <message>
        <source>%1: hearing id "%2" is not usable as a folder name</source>
        <translation>%1: «%2» отырыс идентификаторын қалта атауы ретінде пайдалануға болмайды</translation>
    </message>
    <message>
        <source>use 1 to 80 ASCII letters, digits and '-', starting and ending with a letter or digit, or leave the id out</source>
        <translation>1-ден 80-ге дейін латын әрпін (A–Z, a–z), цифрды және «-» белгісін пайдаланыңыз, әріппен немесе цифрмен басталып, аяқталсын; не идентификаторды көрсетпеңіз</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 — кәдімгі файл емес</translation>
    </message>
    <message>
        <source>give the path of a hearing file (.json)</source>
        <translation>отырыс файлының (.json) жолын көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a hearing file may hold</source>
        <translation>%1 көлемі %2 байттан асады, бұл — отырыс файлының ең үлкен рұқсат етілген көлемі</translation>
    </message>
    <message>
        <source>check that this is a hearing file; docs/hearing-json.md describes the format</source>
        <translation>бұл отырыс файлы екенін тексеріңіз; пішімі docs/hearing-json.md құжатында сипатталған</translation>
    </message>
    <message>
        <source>the disk ran full while writing %3: the recording in %1 is closed at %2 s, the last segment as far as it got, and verifies</source>
        <translation>%3 жазу кезінде диск толып қалды: %1 ішіндегі аудио-, бейнежазба %2 с-та жабылды, соңғы сегмент жазылып үлгерген көлемінде; тұтастығы тексеруден өтеді</translation>
    </message>
    <message>
        <source>hearing %1 was not recorded: a brief protocol is lawful only with an audio and video recording</source>
        <extracomment>«краткий протокол» / «қысқаша хаттама»; «полный протокол» / «толық хаттама»</extracomment>
        <translation>%1 отырысы аудио-, бейнежазбаға жазылмаған: қысқаша хаттама тек аудио-, бейнежазба болған жағдайда ғана жасалады</translation>
    </message>
    <message>
        <source>make the full protocol instead (the command: --full)</source>
        <translation>оның орнына толық хаттама жасаңыз (пәрменде: --full)</translation>
    </message>
    <message>
        <source>folder %1 holds no recording (no recording.json)</source>
        <translation>%1 қалтасында аудио-, бейнежазба жоқ (recording.json файлы жоқ)</translation>
    </message>
    <message>
        <source>give the folder of a recorded hearing, or a hearing ID</source>
        <translation>жазылған отырыстың қалтасын немесе отырыс идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>the recording in %1 has no closed segment yet</source>
        <translation>%1 ішіндегі аудио-, бейнежазбада әлі жабылған сегмент жоқ</translation>
    </message>
    <message>
        <source>wait until the first segment is closed, or run 'hattama recover' on a cut-off recording</source>
        <translation>бірінші сегмент жабылғанша күтіңіз немесе үзілген аудио-, бейнежазба үшін «hattama recover» орындаңыз</translation>
    </message>
    <message>
        <source>time %1 is outside the recording of the hearing (%2 to %3)</source>
        <translation>%1 уақыты отырыстың аудио-, бейнежазбасынан тыс (%2 – %3 аралығы)</translation>
    </message>
    <message>
        <source>give a time between %2 and %3</source>
        <translation>%2 мен %3 аралығындағы уақытты көрсетіңіз</translation>
    </message>
    <message>
        <source>'%1' is not a time</source>
        <translation>«%1» уақыт емес</translation>
    </message>
    <message>
        <source>write it as HH:MM:SS or HH:MM:SS.mmm</source>
        <translation>оны СС:ММ:СС немесе СС:ММ:СС.ммм түрінде жазыңыз</translation>
    </message>
    <message>
        <source>segment %1 cannot be read: %2</source>
        <translation>%1 сегментін оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check the hearing with 'hattama verify'</source>
        <translation>отырысты «hattama verify» командасымен тексеріңіз</translation>
    </message>
    <message>
        <source>there is no camera %1; the hearing has %2</source>
        <translation>%1 камерасы жоқ; отырыстағы камералар саны: %2</translation>
    </message>
    <message>
        <source>give a camera number from 1 to %2</source>
        <translation>1-ден %2-ге дейінгі камера нөмірін көрсетіңіз</translation>
    </message>
    <message>
        <source>there is no microphone %1; the hearing has %2</source>
        <translation>%1 микрофоны жоқ; отырыстағы микрофондар саны: %2</translation>
    </message>
    <message>
        <source>give microphone numbers from 1 to %2</source>
        <translation>1-ден %2-ге дейінгі микрофон нөмірлерін көрсетіңіз</translation>
    </message>
    <message>
        <source>speed %1 is not between 0.5 and 2</source>
        <translation>%1 жылдамдығы 0,5 пен 2 аралығында емес</translation>
    </message>
    <message>
        <source>give a speed from 0.5 to 2</source>
        <translation>0,5-тен 2-ге дейінгі жылдамдықты көрсетіңіз</translation>
    </message>
    <message>
        <source>the passage from %1 to %2 is empty</source>
        <translation>%1 – %2 үзіндісі бос</translation>
    </message>
    <message>
        <source>give an end time after the start time</source>
        <translation>аяқталу уақытын басталу уақытынан кейін көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>the program %1, which writes ISO images and discs, is not installed</source>
        <translation>ISO образдарын және дискілерді жазатын %1 бағдарламасы орнатылмаған</translation>
    </message>
    <message>
        <source>the image %1 cannot be written: %2</source>
        <translation>%1 образын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check the free space and that the folder can be written; nothing was left half-written</source>
        <translation>бос орынды және қалтаға жазу рұқсатын тексеріңіз; жартылай жазылған файл қалған жоқ</translation>
    </message>
    <message>
        <source>the disc in %1 cannot be written: %2</source>
        <translation>%1 жетегіндегі дискіні жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>put a blank writable disc of enough capacity into the drive and try again</source>
        <translation>жетекке сыйымдылығы жеткілікті бос жазылатын дискіні салып, жазуды қайталаңыз</translation>
    </message>
    <message>
        <source>the disc in %1 does not read back as it was written: %2</source>
        <translation>%1 жетегіндегі диск жазылған күйінде оқылмайды: %2</translation>
    </message>
    <message>
        <source>do not hand out this disc; write the copy to a new disc</source>
        <translation>бұл дискіні бермеңіз; көшірмені жаңа дискіге жазыңыз</translation>
    </message>
    <message>
        <source>writing %1 was cancelled</source>
        <translation>%1 жазу тоқтатылды</translation>
    </message>
    <message>
        <source>nothing was left half-written; start again when ready</source>
        <translation>жартылай жазылған файл қалған жоқ; дайын болғанда қайта бастаңыз</translation>
    </message>
    <message>
        <source>%1 is not a readable PKCS#12 key file: %2</source>
        <translation>%1 оқылатын PKCS#12 кілт файлы емес: %2</translation>
    </message>
    <message>
        <source>choose the .p12 key file issued by the certification authority</source>
        <translation>куәландырушы орталық берген .p12 кілт файлын таңдаңыз</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>%1 үшін құпиясөз қате</translation>
    </message>
    <message>
        <source>type the password of this key file again; nothing was signed</source>
        <translation>осы кілт файлының құпиясөзін қайта енгізіңіз; ештеңеге қол қойылған жоқ</translation>
    </message>
    <message>
        <source>no password for the key: there is no terminal to ask on</source>
        <translation>кілттің құпиясөзі берілмеген, ал оны сұрайтын терминал жоқ</translation>
    </message>
    <message>
        <source>give --password-file FILE, or run the command in a terminal</source>
        <translation>--password-file ФАЙЛ параметрін беріңіз немесе пәрменді терминалда іске қосыңыз</translation>
    </message>
    <message>
        <source>the key in %1 is a %2 key, which Hattama cannot sign with</source>
        <translation>%1 ішіндегі кілт — %2 кілті, Hattama онымен қол қоя алмайды</translation>
    </message>
    <message>
        <source>GOST keys of the National Certification Authority need the authority's signing service (NCALayer); sign with the RSA key file (RSA256_….p12)</source>
        <translation>Ұлттық куәландырушы орталықтың ГОСТ кілттеріне оның қол қою қызметі (NCALayer) қажет; RSA кілт файлымен (RSA256_….p12) қол қойыңыз</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2</source>
        <translation>%1 сертификатының мерзімі %2 аяқталды</translation>
    </message>
    <message>
        <source>get a new key from the certification authority</source>
        <translation>куәландырушы орталықтан жаңа кілт алыңыз</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid before %2</source>
        <translation>%1 сертификаты тек %2 бастап жарамды</translation>
    </message>
    <message>
        <source>check the computer's clock, or sign once the certificate is valid</source>
        <translation>компьютердің сағатын тексеріңіз немесе сертификат күшіне енгенде қол қойыңыз</translation>
    </message>
    <message>
        <source>the certificate of %1 was revoked on %2 (%3)</source>
        <translation>%1 сертификаты %2 кері қайтарылған (%3)</translation>
    </message>
    <message>
        <source>a revoked key cannot sign; get a new key from the certification authority</source>
        <translation>кері қайтарылған кілтпен қол қоюға болмайды; куәландырушы орталықтан жаңа кілт алыңыз</translation>
    </message>
    <message>
        <source>the certificate of %1 is not issued by a trusted authority: %2</source>
        <translation>%1 сертификатын сенімді куәландырушы орталық бермеген: %2</translation>
    </message>
    <message>
        <source>put the certification authority's root and intermediate certificates into the trusted folder %3</source>
        <translation>куәландырушы орталықтың түбірлік және аралық сертификаттарын %3 сенімді сертификаттар қалтасына салыңыз</translation>
    </message>
    <message>
        <source>the certificate of %1 is not meant for signing documents</source>
        <translation>%1 сертификаты құжаттарға қол қоюға арналмаған</translation>
    </message>
    <message>
        <source>use the signing key (key usage: digital signature, non-repudiation), not the login key</source>
        <translation>кіруге арналған кілтті емес, қол қоюға арналған кілтті (мақсаты: цифрлық қолтаңба, бас тартпау) пайдаланыңыз</translation>
    </message>
    <message>
        <source>whether the certificate of %1 is revoked cannot be checked: %2</source>
        <translation>%1 сертификатының кері қайтарылғанын тексеру мүмкін емес: %2</translation>
    </message>
    <message>
        <source>check the connection to the OCSP service, or put the authority's current CRL file into the trusted folder</source>
        <translation>OCSP қызметімен байланысты тексеріңіз немесе куәландырушы орталықтың өзекті CRL файлын сенімді сертификаттар қалтасына салыңыз</translation>
    </message>
    <message>
        <source>the folder of trusted certificates %1 holds no CA certificate</source>
        <translation>%1 сенімді сертификаттар қалтасында куәландырушы орталықтың бірде-бір сертификаты жоқ</translation>
    </message>
    <message>
        <source>put the certification authority's root and intermediate certificates (.pem, .crt, .cer) there, or give --trust DIR</source>
        <translation>оған куәландырушы орталықтың түбірлік және аралық сертификаттарын (.pem, .crt, .cer) салыңыз немесе --trust ҚАЛТА параметрін беріңіз</translation>
    </message>
    <message>
        <source>the signature cannot be made: %1</source>
        <translation>қолтаңба жасалмады: %1</translation>
    </message>
    <message>
        <source>nothing was signed; check the key file and try again</source>
        <translation>ештеңеге қол қойылған жоқ; кілт файлын тексеріп, қайталаңыз</translation>
    </message>
    <message>
        <source>the signature file %1 cannot be read: %2</source>
        <translation>%1 қолтаңба файлы оқылмайды: %2</translation>
    </message>
    <message>
        <source>the hearing in %1 has no saved protocol version to sign</source>
        <translation>%1 ішіндегі отырыстың қол қоюға сақталған хаттама нұсқасы жоқ</translation>
    </message>
    <message>
        <source>save the protocol first (protocol window, or 'hattama protocol … --save-version')</source>
        <translation>алдымен хаттаманы сақтаңыз (хаттама терезесі немесе «hattama protocol … --save-version»)</translation>
    </message>
    <message>
        <source>protocol version %1 is already signed by the secretary and the judge</source>
        <translation>хаттаманың %1-нұсқасына хатшы да, судья да қол қойып қойған</translation>
    </message>
    <message>
        <source>a correction makes a new version, which is signed anew</source>
        <translation>түзету жаңа нұсқа жасайды, оған қайтадан қол қойылады</translation>
    </message>
    <message>
        <source>protocol version %1 is not signed by the secretary yet</source>
        <translation>хаттаманың %1-нұсқасына хатшы әлі қол қойған жоқ</translation>
    </message>
    <message>
        <source>the secretary signs first, then the judge</source>
        <translation>алдымен хатшы, содан кейін судья қол қояды</translation>
    </message>
    <message>
        <source>protocol version %1 is already signed by the %2</source>
        <translation>хаттаманың %1-нұсқасына %2 қол қойып қойған</translation>
    </message>
    <message>
        <source>protocol version %1 is signed and can no longer be changed</source>
        <translation>хаттаманың %1-нұсқасына қол қойылған, оны енді өзгертуге болмайды</translation>
    </message>
    <message>
        <source>make a correction: it becomes a new version that is signed anew</source>
        <translation>түзету енгізіңіз: ол қайтадан қол қойылатын жаңа нұсқа болады</translation>
    </message>
    <message>
        <source>no timestamp from %1: %2</source>
        <translation>%1 уақыт белгісін бермеді: %2</translation>
    </message>
    <message>
        <source>check the address of the timestamp service and the connection; nothing was signed</source>
        <translation>уақыт белгісі қызметінің мекенжайы мен байланысты тексеріңіз; ештеңеге қол қойылған жоқ</translation>
    </message>
    <message>
        <source>the hearing in %1 is not in a database: remarks on the protocol are kept there</source>
        <translation>%1 ішіндегі сот отырысы дерекқорда жоқ, ал хаттамаға ескертулер сонда сақталады</translation>
    </message>
    <message>
        <source>give the hearing's ID with --archive or --db naming its database</source>
        <translation>сот отырысының идентификаторын және оның дерекқорын --archive немесе --db арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>hearing %2 has no remark number %1</source>
        <translation>%2 сот отырысында № %1 ескерту жоқ</translation>
    </message>
    <message>
        <source>list the remarks with 'hattama remarks ID'</source>
        <translation>ескертулер тізімі: 'hattama remarks ID'</translation>
    </message>
    <message>
        <source>remark %1 is already decided</source>
        <translation>№ %1 ескерту бойынша шешім шығарылып қойған</translation>
    </message>
    <message>
        <source>a decision on a remark is final and is not changed</source>
        <translation>ескерту бойынша шешім түпкілікті, ол өзгертілмейді</translation>
    </message>
    <message>
        <source>remarks not decided yet: %1</source>
        <translation>мына ескертулер бойынша шешім шығарылмаған: %1</translation>
    </message>
    <message>
        <source>the judge accepts or rejects every remark first ('hattama remarks ID decide N'); then attach them</source>
        <translation>алдымен судья әр ескертуді қабылдайды немесе қабылдамайды ('hattama remarks ID decide N'), содан кейін оларды қосыңыз</translation>
    </message>
    <message>
        <source>hearing %1 has no remarks that are not attached to the protocol yet</source>
        <translation>%1 сот отырысында хаттамаға әлі қосылмаған ескертулер жоқ</translation>
    </message>
    <message>
        <source>every remark filed so far is already in the protocol's appendix</source>
        <translation>берілген ескертулердің бәрі хаттамаға қосымшада бар</translation>
    </message>
<message>
        <source>the hearing in %1 is still being recorded</source>
        <translation>%1 ішіндегі отырыс әлі жазылып жатыр</translation>
    </message>
    <message>
        <source>a copy is made of a stopped recording; stop it first</source>
        <translation>көшірме тоқтатылған бейнежазбадан жасалады; алдымен жазуды тоқтатыңыз</translation>
    </message>
    <message>
        <source>the recording in %1 does not pass verification: %2</source>
        <translation>%1 ішіндегі аудио-, бейнежазба тексеруден өтпейді: %2</translation>
    </message>
    <message>
        <source>run 'hattama verify' on the hearing and restore it from the archive copy; no copy was made</source>
        <translation>отырыс үшін «hattama verify» орындап, оны мұрағаттық көшірмеден қалпына келтіріңіз; көшірме жасалмады</translation>
    </message>
    <message>
        <source>%1 of the copy cannot be written: %2</source>
        <translation>көшірменің %1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>nothing was left half-written; check the recording with 'hattama verify' and try again</source>
        <translation>жартылай жазылған ештеңе қалмады; бейнежазбаны «hattama verify» арқылы тексеріп, қайталаңыз</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 бұрыннан бар</translation>
    </message>
    <message>
        <source>give a new folder or file name for the copy; an existing one is never overwritten</source>
        <translation>көшірме үшін жаңа қалта немесе жаңа файл атауын көрсетіңіз; барлары қайта жазылмайды</translation>
    </message>
    <message>
        <source>a copy with the closed-session passages was not confirmed</source>
        <translation>жабық отырыс үзінділері бар көшірме расталмады</translation>
    </message>
    <message>
        <source>such a copy is for the court's own archive only: confirm on the terminal or give --yes</source>
        <translation>мұндай көшірме тек соттың өз мұрағатына арналған: терминалда растаңыз немесе --yes көрсетіңіз</translation>
    </message>
    <message>
        <source>the %1 profile of the copy is not in this build of Hattama</source>
        <translation>көшірменің %1 профилі Hattama-ның бұл құрастырмасында жоқ</translation>
    </message>
    <message>
        <source>make a full copy (--profile full), or install a build with this profile</source>
        <translation>толық көшірме жасаңыз (--profile full) немесе осы профилі бар құрастырманы орнатыңыз</translation>
    </message>
</context>
<context>
    <name>FrameCommand</name>
    <message>
        <source>Hearing folder (with recording.json) or hearing ID.</source>
        <translation>Отырыс қалтасы (recording.json бар) немесе отырыс идентификаторы.</translation>
    </message>
    <message>
        <source>The moment on the hearing clock (HH:MM:SS.mmm).</source>
        <translation>Отырыс уақыты бойынша сәт (СС:ММ:СС.ммм).</translation>
    </message>
    <message>
        <source>Camera number (default 1).</source>
        <translation>Камера нөмірі (әдепкі бойынша 1).</translation>
    </message>
    <message>
        <source>Output PNG file.</source>
        <translation>Шығыс PNG файлы.</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>бір ғана отырыс қалтасын немесе бір отырыс идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>give the moment with --at</source>
        <translation>сәтті --at параметрімен көрсетіңіз</translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>шығыс файлын көрсетіңіз: -o ФАЙЛ</translation>
    </message>
    <message>
        <source>the PNG cannot be saved</source>
        <translation>PNG файлын сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>Picture written to %1</source>
        <translation>Кадр %1 файлына жазылды</translation>
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
        <translation>hattama hearing: %1 — сот отырысының жарамды файлы емес: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported hearing %1 (%n timeline entries).</source>
        <translation>
            <numerusform>%1 сот отырысы импортталды (уақыт шкаласының %n жазбасы).</numerusform>
            <numerusform>%1 сот отырысы импортталды (уақыт шкаласының %n жазбасы).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated hearing %1 (already imported; %n new timeline entries).</source>
        <translation>
            <numerusform>%1 сот отырысы жаңартылды (бұрын импортталған; уақыт шкаласының %n жаңа жазбасы).</numerusform>
            <numerusform>%1 сот отырысы жаңартылды (бұрын импортталған; уақыт шкаласының %n жаңа жазбасы).</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing %1</source>
        <translation>%1 сот отырысы</translation>
    </message>
    <message>
        <source>Case: %1 (%2) %3</source>
        <translation>Іс: %1 (%2) %3</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>Судья: %1</translation>
    </message>
    <message>
        <source>Court: %1, %2; courtroom: %3</source>
        <translation>Сот: %1, %2; зал: %3</translation>
    </message>
    <message>
        <source>Scheduled: %1; started: %2; ended: %3</source>
        <translation>Тағайындалған уақыты: %1; басталды: %2; аяқталды: %3</translation>
    </message>
    <message>
        <source>Status: %1; protocol language: %2; %3</source>
        <translation>Күйі: %1; хаттама тілі: %2; %3</translation>
    </message>
    <message>
        <source>closed session</source>
        <translation>жабық сот отырысы</translation>
    </message>
    <message>
        <source>open session</source>
        <translation>ашық сот отырысы</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Қатысушылар:</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Арналар:</translation>
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
        <translation>list: осы күнге тағайындалған сот отырыстары.</translation>
    </message>
    <message>
        <source>list: hearings whose case number contains N.</source>
        <translation>list: іс нөмірінде N бар сот отырыстары.</translation>
    </message>
    <message>
        <source>list: hearings whose notes, participants or case number contain TEXT.</source>
        <translation>list: жазбаларында, қатысушыларында немесе іс нөмірінде TEXT бар сот отырыстары.</translation>
    </message>
    <message>
        <source>show: write the hearing as JSON (the import format).</source>
        <translation>show: сот отырысын JSON түрінде шығару (импорт пішімінде).</translation>
    </message>
    <message>
        <source>import, list or show.</source>
        <translation>import, list немесе show.</translation>
    </message>
    <message>
        <source>FILE.json for import, ID for show.</source>
        <translation>import үшін FILE.json, show үшін ID.</translation>
    </message>
    <message>
        <source>say import, list or show.</source>
        <translation>import, list немесе show деп көрсетіңіз.</translation>
    </message>
    <message>
        <source>unknown action "%1".</source>
        <translation>белгісіз әрекет: «%1».</translation>
    </message>
    <message>
        <source>list takes no arguments besides its options.</source>
        <translation>list параметрлерден басқа аргумент қабылдамайды.</translation>
    </message>
    <message>
        <source>%1 needs exactly one argument.</source>
        <translation>%1 үшін дәл бір аргумент қажет.</translation>
    </message>
    <message>
        <source>--date %1 is not a date like 2026-11-23.</source>
        <translation>--date %1 — 2026-11-23 түріндегі күн емес.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n entries):</source>
        <translation>
            <numerusform>Уақыт шкаласы (%n жазба):</numerusform>
            <numerusform>Уақыт шкаласы (%n жазба):</numerusform>
        </translation>
    </message>
<message numerus="yes">
        <source>Copies issued (%n):</source>
        <translation>
            <numerusform>Берілген көшірмелер (%n):</numerusform>
            <numerusform>Берілген көшірмелер (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>with closed-session passages</source>
        <translation>жабық отырыс үзінділерімен</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>берген: %1</translation>
    </message>
</context>
<context>
    <name>HearingNames</name>
    <message>
        <source>criminal</source>
        <translation>қылмыстық</translation>
    </message>
    <message>
        <source>civil</source>
        <translation>азаматтық</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>әкімшілік</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>тағайындалған</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>жазылып жатыр</translation>
    </message>
    <message>
        <source>recess</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <source>protocol draft</source>
        <translation>хаттама жобасы</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілген</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>мұрағатталған</translation>
    </message>
</context>
<context>
    <name>PlayCommand</name>
    <message>
        <source>Hearing folder (with recording.json) or hearing ID.</source>
        <translation>Отырыс қалтасы (recording.json бар) немесе отырыс идентификаторы.</translation>
    </message>
    <message>
        <source>Start at this moment of the hearing clock (HH:MM:SS).</source>
        <translation>Отырыс уақыты бойынша осы сәттен бастау (СС:ММ:СС).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>бір ғана отырыс қалтасын немесе бір отырыс идентификаторын көрсетіңіз</translation>
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
        <translation>Отырыс қалтасы (hearing.json файлымен) немесе отырыс идентификаторы.</translation>
    </message>
    <message>
        <source>Output format: pdf, odt or html.</source>
        <translation>Нәтиже пішімі: pdf, odt немесе html.</translation>
    </message>
    <message>
        <source>Output file (written whole or not at all).</source>
        <translation>Нәтиже файлы (толық жазылады немесе мүлде жазылмайды).</translation>
    </message>
    <message>
        <source>Also keep the result as the next draft version in the hearing folder.</source>
        <translation>Нәтижені отырыс қалтасында келесі жоба нұсқасы ретінде де сақтау.</translation>
    </message>
    <message>
        <source>The protocol language is the --lang option (ru or kk).</source>
        <translation>Хаттаманың тілі --lang параметрімен беріледі (ru немесе kk).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>бір ғана отырыс қалтасын немесе бір ғана отырыс идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>the protocol language must be ru or kk: add --lang ru or --lang kk</source>
        <translation>хаттаманың тілі ru немесе kk болуы керек: --lang ru немесе --lang kk қосыңыз</translation>
    </message>
    <message>
        <source>--format must be pdf, odt or html</source>
        <translation>--format мәні pdf, odt немесе html болуы керек</translation>
    </message>
    <message>
        <source>give the output file with -o FILE</source>
        <translation>нәтиже файлын көрсетіңіз: -o ФАЙЛ</translation>
    </message>
    <message>
        <source>warning: the hearing data changed since draft version %1; %2 edited block(s) kept, %3 to check</source>
        <translation>ескерту: отырыс деректері %1 жоба нұсқасынан кейін өзгерді; сақталған түзетілген бөліктер: %2, тексеруді қажет ететіні: %3</translation>
    </message>
    <message>
        <source>Draft version %1 saved: %2</source>
        <translation>%1 жоба нұсқасы сақталды: %2</translation>
    </message>
    <message>
        <source>Protocol written: %1</source>
        <translation>Хаттама жазылды: %1</translation>
    </message>
    <message>
        <source>Full protocol (criminal cases: CPC art. 347; civil and administrative cases: civil procedure code art. 282). The default when the hearing was not recorded.</source>
        <extracomment>«полный протокол» / «толық хаттама»; its contents: CPC art. 347 (criminal), civil procedure code art. 282</extracomment>
        <translation>Толық хаттама (қылмыстық істер: ҚР ҚПК 347-бабы; азаматтық және әкімшілік істер: ҚР АПК 282-бабы). Отырыс жазылмаған болса, әдепкі бойынша жасалады.</translation>
    </message>
    <message>
        <source>Brief protocol, which accompanies the recording. The default when the hearing was recorded; refused when it was not.</source>
        <extracomment>«краткий протокол» / «қысқаша хаттама»: lawful only with an audio and video recording</extracomment>
        <translation>Аудио-, бейнежазбаға қоса берілетін қысқаша хаттама. Отырыс жазылған болса, әдепкі бойынша жасалады; аудио-, бейнежазба болмаса, жасалмайды.</translation>
    </message>
    <message>
        <source>give either --full or --brief, not both</source>
        <translation>--full немесе --brief параметрінің біреуін ғана көрсетіңіз</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n entries are typed in another language than the protocol (%1): %2</source>
        <translation>
            <numerusform>ескерту: %n жазба хаттама тілінде (%1) емес, басқа тілде терілген: %2</numerusform>
            <numerusform>ескерту: %n жазба хаттама тілінде (%1) емес, басқа тілде терілген: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>%1  part %2  segments %3  mics [%4] dBFS  overruns %5  dropped frames %6  no-signal frames %7</source>
        <translation>%1  бөлік %2  сегменттер %3  микрофондар [%4] дБFS  толып кетулер %5  түсіп қалған кадрлар %6  «сигнал жоқ» кадрлары %7</translation>
    </message>
    <message>
        <source>hattama record: %1</source>
        <translation>hattama record: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Не істеу керек: %1</translation>
    </message>
    <message>
        <source>Hearing folder to record into.</source>
        <translation>Аудио-, бейнежазба жазылатын сот отырысының қалтасы.</translation>
    </message>
    <message>
        <source>Record demo sources (test tones, test pictures).</source>
        <translation>Демонстрациялық көздерді жазу (сынақ дыбыстары мен суреттері).</translation>
    </message>
    <message>
        <source>Number of microphones (demo), or the first N channels of the device.</source>
        <translation>Микрофондар саны (демо) немесе құрылғының алғашқы N арнасы.</translation>
    </message>
    <message>
        <source>Number of demo cameras.</source>
        <translation>Демонстрациялық камералар саны.</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>S секундтан кейін тоқтату.</translation>
    </message>
    <message>
        <source>Channels to record, e.g. 1-4 or 1=Judge,2=Prosecutor.</source>
        <translation>Жазылатын арналар, мысалы 1-4 немесе 1=Судья,2=Прокурор.</translation>
    </message>
    <message>
        <source>The camera that shows each microphone&apos;s seat, e.g. 1=2,3=1 (microphone track = camera, both from 1); written into recording.json for the party&apos;s compact copy.</source>
        <translation>Әр микрофонның орнын көрсететін камера, мысалы 1=2,3=1 (микрофон жолағы = камера, екеуі де 1-ден басталады); тарапқа берілетін ықшам көшірме үшін recording.json файлына жазылады.</translation>
    </message>
    <message>
        <source>--mic-camera needs a list like 1=2,3=1 (microphone track = camera, both from 1)</source>
        <translation>--mic-camera үшін 1=2,3=1 түріндегі тізім керек (микрофон жолағы = камера, екеуі де 1-ден басталады)</translation>
    </message>
    <message>
        <source>--mic-camera maps microphone %1 to camera %2, but %3 camera(s) are recorded</source>
        <translation>--mic-camera %1-микрофонға %2-камераны береді, бірақ жазылатын камералар саны: %3</translation>
    </message>
    <message>
        <source>A camera: [NAME=]demo, [NAME=]v4l2:/dev/video0 or [NAME=]lavfi:GRAPH. Repeat for more.</source>
        <translation>Камера: [АТЫ=]demo, [АТЫ=]v4l2:/dev/video0 немесе [АТЫ=]lavfi:ГРАФ. Бірнеше камера үшін қайталаңыз.</translation>
    </message>
    <message>
        <source>Segment length in seconds (default 10).</source>
        <translation>Сегмент ұзындығы, секундпен (әдепкі 10).</translation>
    </message>
    <message>
        <source>Microphone track codec: opus (default) or flac.</source>
        <translation>Микрофон жолдарының кодегі: opus (әдепкі) немесе flac.</translation>
    </message>
    <message>
        <source>Camera picture size (default 1280x720).</source>
        <translation>Камера суретінің өлшемі (әдепкі 1280x720).</translation>
    </message>
    <message>
        <source>Camera frame rate (default 25).</source>
        <translation>Камераның кадр жиілігі (әдепкі 25).</translation>
    </message>
    <message>
        <source>x264 preset (default superfast).</source>
        <translation>x264 алдын ала баптауы (әдепкі superfast).</translation>
    </message>
    <message>
        <source>Title stored in the media, e.g. the case number.</source>
        <translation>Медиафайлдарда сақталатын тақырып, мысалы іс нөмірі.</translation>
    </message>
    <message>
        <source>Usage: hattama %1</source>
        <translation>Қолданылуы: hattama %1</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out ҚАЛТА міндетті</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>күтілмеген аргумент '%1'</translation>
    </message>
    <message>
        <source>--mics needs a number from 0 to 64</source>
        <translation>--mics үшін 0-ден 64-ке дейінгі сан керек</translation>
    </message>
    <message>
        <source>--cameras needs a number from 0 to 16</source>
        <translation>--cameras үшін 0-ден 16-ға дейінгі сан керек</translation>
    </message>
    <message>
        <source>--cameras is for demo cameras; name real cameras with --camera</source>
        <translation>--cameras демонстрациялық камераларға арналған; нақты камераларды --camera арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>--fps needs a number from 1 to 120</source>
        <translation>--fps үшін 1-ден 120-ға дейінгі сан керек</translation>
    </message>
    <message>
        <source>--video-size needs WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>--video-size үшін ЕНІxБИІКТІГІ керек, мысалы 1280x720</translation>
    </message>
    <message>
        <source>--video-size needs even sizes from 16x16 to 7680x4320</source>
        <translation>--video-size үшін 16x16-дан 7680x4320-ға дейінгі жұп өлшемдер керек</translation>
    </message>
    <message>
        <source>--segment needs seconds from 1 to 600</source>
        <translation>--segment үшін 1-ден 600-ге дейінгі секунд керек</translation>
    </message>
    <message>
        <source>--segment must hold a whole number of frames at %1 fps</source>
        <translation>--segment %1 кадр/с жиілігінде кадрлардың бүтін санын қамтуы керек</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds</source>
        <translation>--duration үшін оң секунд саны керек</translation>
    </message>
    <message>
        <source>--audio-codec needs opus or flac</source>
        <translation>--audio-codec үшін opus немесе flac керек</translation>
    </message>
    <message>
        <source>--channels needs a list like 1,2,5-6 or 1=Judge,2=Prosecutor</source>
        <translation>--channels үшін 1,2,5-6 немесе 1=Судья,2=Прокурор түріндегі тізім керек</translation>
    </message>
    <message>
        <source>--audio-device cannot be combined with --demo</source>
        <translation>--audio-device пен --demo бірге қолданылмайды</translation>
    </message>
    <message>
        <source>nothing to record: give microphones or cameras</source>
        <translation>жазатын ештеңе жоқ: микрофондарды немесе камераларды көрсетіңіз</translation>
    </message>
    <message>
        <source>Recording into %1. Press Ctrl+C to stop.</source>
        <translation>%1 қалтасына жазылуда. Тоқтату үшін Ctrl+C басыңыз.</translation>
    </message>
    <message>
        <source>%1: %2 frames, %3 captured, %4 dropped, %5 repeated, %6 no signal, %7 reconnects</source>
        <translation>%1: кадрлар %2, алынды %3, түсіп қалды %4, қайталанды %5, сигналсыз %6, қайта қосылулар %7</translation>
    </message>
    <message>
        <source>Recording stopped; %1 recorded.</source>
        <translation>Жазу тоқтатылды; %1 жазылды.</translation>
    </message>
    <message>
        <source>Stop cleanly when the disk has less than this many MB free, for this run (default: the setting recording/diskStopMb, 512 unless changed, the same as the program's); checked before and during recording.</source>
        <translation>Дискіде осынша МБ-тан аз орын қалса, жазуды дұрыс тоқтату, тек осы іске қосу үшін (әдепкі — recording/diskStopMb баптауы, өзгертілмесе 512, бағдарламадағымен бірдей); жазу алдында және жазу кезінде тексеріледі.</translation>
    </message>
    <message>
        <source>--min-free needs a number of megabytes</source>
        <translation>--min-free үшін мегабайт саны қажет</translation>
    </message>
    <message>
        <source>Disk: %1 MB free, about %2 hours of recording.</source>
        <translation>Диск: %1 МБ бос, шамамен %2 сағаттық аудио-, бейнежазбаға жетеді.</translation>
    </message>
    <message>
        <source>disk %1 h</source>
        <translation>диск %1 сағ</translation>
    </message>
    <message>
        <source>hattama record: the audio input stopped delivering sound; the cameras go on and the input is tried again every second</source>
        <translation>hattama record: дыбыс кірісі дыбыс беруді тоқтатты; камералар жазуды жалғастырады, кіріс әр секунд сайын қайта тексеріледі</translation>
    </message>
    <message>
        <source>hattama record: the audio input is back; recording sound again</source>
        <translation>hattama record: дыбыс кірісі қайта қосылды; дыбыс қайтадан жазылуда</translation>
    </message>
    <message>
        <source>Audio input: index or part of the name (see 'hattama devices'). Repeat it to record several inputs together, on the first one's clock.</source>
        <translation>Дыбыс кірісі: нөмірі немесе атауының бір бөлігі ('hattama devices' қараңыз). Бірнеше кірісті бірге, біріншісінің сағаты бойынша жазу үшін параметрді қайталаңыз.</translation>
    </message>
    <message>
        <source>--channels is given more often than --audio-device: one list per device, in order</source>
        <translation>--channels --audio-device параметрінен жиі берілген: әр құрылғыға бір тізім, сол ретпен</translation>
    </message>
    <message>
        <source>hattama record: the disk is getting full: %1 MB free, about %2 hours left</source>
        <translation>hattama record: диск толып барады: %1 МБ бос, шамамен %2 сағаттық аудио-, бейнежазбаға жетеді</translation>
    </message>
    <message>
        <source>--preset needs one of %1</source>
        <translation>--preset үшін мына мәндердің бірін көрсетіңіз: %1</translation>
    </message>
</context>
<context>
    <name>Recover</name>
    <message>
        <source>started a manifest for the segments found</source>
        <translation>табылған сегменттер үшін манифест құрылды</translation>
    </message>
    <message>
        <source>dropped the incomplete manifest line %1 (%2 bytes)</source>
        <translation>манифесттің аяқталмаған %1-жолы жойылды (%2 байт)</translation>
    </message>
    <message>
        <source>removed %1, left from an interrupted recovery</source>
        <translation>үзілген қалпына келтіруден қалған %1 жойылды</translation>
    </message>
    <message>
        <source>recovered segment %1: %2 s of media, closed and listed in the manifest</source>
        <translation>%1 сегменті қалпына келтірілді: %2 с аудио-, бейнежазба, жабылып, манифестке енгізілді</translation>
    </message>
    <message>
        <source>segment %1 holds nothing readable: kept aside as %1.damaged</source>
        <translation>%1 сегментінде оқылатын дерек жоқ: %1.damaged ретінде бөлек сақталды</translation>
    </message>
    <message>
        <source>segment %1 is not listed but comes before listed segments: left alone, check it</source>
        <translation>%1 сегменті манифестке енгізілмеген, бірақ енгізілгендердің алдында тұр: өзгертілмеді, оны тексеріңіз</translation>
    </message>
    <message>
        <source>segment %1 is not listed although the recording was closed: left alone, it was added afterwards</source>
        <translation>%1 сегменті аудио-, бейнежазба жабылғанына қарамастан манифестке енгізілмеген: өзгертілмеді, ол кейін қосылған</translation>
    </message>
    <message>
        <source>closed the manifest</source>
        <translation>манифест жабылды</translation>
    </message>
    <message>
        <source>marked the recording closed in %1</source>
        <translation>аудио-, бейнежазба %1 ішінде жабық деп белгіленді</translation>
    </message>
    <message>
        <source>The hearing folder to recover.</source>
        <translation>Қалпына келтірілетін сот отырысының қалтасы.</translation>
    </message>
    <message>
        <source>hattama recover: %1</source>
        <translation>hattama recover: %1</translation>
    </message>
    <message>
        <source>Hearing folder: %1</source>
        <translation>Сот отырысының қалтасы: %1</translation>
    </message>
    <message>
        <source>Nothing to do: the hearing is closed and every segment is listed.</source>
        <translation>Әрекет қажет емес: аудио-, бейнежазба жабық, барлық сегмент манифестке енгізілген.</translation>
    </message>
    <message>
        <source>Segments in the manifest: %1</source>
        <translation>Манифесттегі сегменттер: %1</translation>
    </message>
    <message>
        <source>Result: recovery incomplete; run 'hattama verify' for details.</source>
        <translation>Нәтиже: қалпына келтіру толық емес; толығырақ 'hattama verify' көрсетеді.</translation>
    </message>
    <message>
        <source>Result: recovered; run 'hattama verify %1' to check it.</source>
        <translation>Нәтиже: қалпына келтірілді; 'hattama verify %1' командасымен тексеріңіз.</translation>
    </message>
    <message>
        <source>recovered after a crash: the recording ends at %1; what came after is lost</source>
        <translation>іркілістен кейін қалпына келтірілді: аудио-, бейнежазба %1 уақытында аяқталады; одан кейінгісі жоғалды</translation>
    </message>
    <message>
        <source>recovered after a crash: about %1 s lost at %2</source>
        <extracomment>e.g. "recovered after a crash: about 0.4 s lost at 00:12:31.200"</extracomment>
        <translation>іркілістен кейін қалпына келтірілді: %2 уақытында шамамен %1 с жоғалды</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a recorded file: the recording is left open, nothing is sealed</source>
        <translation>%1 — жазылған файл емес, символдық сілтеме: аудио-, бейнежазба жабылмай қалдырылды, ештеңе мөрленбеді</translation>
    </message>
    <message>
        <source>no segment could be recovered: the recording is left open, nothing is sealed</source>
        <translation>бірде-бір сегментті қалпына келтіру мүмкін болмады: аудио-, бейнежазба жабылмай қалдырылды, ештеңе мөрленбеді</translation>
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
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>шешім күтуде</translation>
    </message>
    <message>
        <source>Remark %1 — %2</source>
        <translation>№ %1 ескерту — %2</translation>
    </message>
    <message>
        <source>Filed by %1 on %2, on protocol version %3</source>
        <translation>Берген: %1, %2, хаттаманың № %3 нұсқасына</translation>
    </message>
    <message>
        <source>Time codes: %1</source>
        <translation>Уақыт белгілері: %1</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>Шешім (судья %1, %2): %3</translation>
    </message>
    <message>
        <source>Attached to protocol version %1</source>
        <translation>Хаттаманың № %1 нұсқасына қосылды</translation>
    </message>
    <message>
        <source>No remarks on the protocol.</source>
        <translation>Хаттамаға ескертулер жоқ.</translation>
    </message>
    <message>
        <source>Hearing folder or hearing ID.</source>
        <translation>Отырыс қалтасы немесе отырыс идентификаторы.</translation>
    </message>
    <message>
        <source>Nothing (list the remarks), add, decide N (N: the remark's number) or attach.</source>
        <translation>Ештеңе (ескертулер тізімі), add, decide N (N — ескерту нөмірі) немесе attach.</translation>
    </message>
    <message>
        <source>add: who files the remark, as "NAME, ROLE" (the procedural role: defender, victim, …). decide: the judge's name (default: the judge of the case).</source>
        <translation>add: ескертуді кім береді, "АТЫ-ЖӨНІ, РӨЛІ" түрінде (процестік жағдайы: қорғаушы, жәбірленуші, …). decide: судьяның аты-жөні (әдепкіде іс бойынша судья).</translation>
    </message>
    <message>
        <source>add: the text of the remark.</source>
        <translation>add: ескертудің мәтіні.</translation>
    </message>
    <message>
        <source>add: read the text of the remark from FILE (UTF-8).</source>
        <translation>add: ескертудің мәтінін ФАЙЛДАН оқу (UTF-8).</translation>
    </message>
    <message>
        <source>add: a moment of the recording the remark concerns, as hearing time HH:MM:SS; may be repeated.</source>
        <translation>add: ескерту қатысты аудио-, бейнежазбадағы сәт, отырыс уақытымен СС:ММ:СС; бірнеше рет көрсетуге болады.</translation>
    </message>
    <message>
        <source>decide: the judge accepts the remark and certifies it as correct.</source>
        <translation>decide: судья ескертуді қабылдайды және оның дұрыстығын куәландырады.</translation>
    </message>
    <message>
        <source>decide: the judge rejects the remark.</source>
        <translation>decide: судья ескертуді қабылдамайды.</translation>
    </message>
    <message>
        <source>decide: the reasons of the decision (required).</source>
        <translation>decide: шешімнің уәждері (міндетті).</translation>
    </message>
    <message>
        <source>give a hearing folder or hearing ID</source>
        <translation>сот отырысының қалтасын немесе идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>unknown action '%1': use add, decide or attach</source>
        <translation>белгісіз әрекет '%1': add, decide немесе attach қолданыңыз</translation>
    </message>
    <message>
        <source>give the number of the remark: decide N</source>
        <translation>ескертудің нөмірін көрсетіңіз: decide N</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>аргументтер тым көп</translation>
    </message>
    <message>
        <source>--%1 belongs to add</source>
        <translation>--%1 тек add әрекетіне қатысты</translation>
    </message>
    <message>
        <source>--%1 belongs to decide</source>
        <translation>--%1 тек decide әрекетіне қатысты</translation>
    </message>
    <message>
        <source>--by belongs to add and decide</source>
        <translation>--by тек add және decide әрекеттеріне қатысты</translation>
    </message>
    <message>
        <source>give who files the remark as --by "NAME, ROLE"</source>
        <translation>ескертуді кім беретінін көрсетіңіз: --by "АТЫ-ЖӨНІ, РӨЛІ"</translation>
    </message>
    <message>
        <source>give the remark's text with --text TEXT or --text-file FILE</source>
        <translation>ескерту мәтінін көрсетіңіз: --text МӘТІН немесе --text-file ФАЙЛ</translation>
    </message>
    <message>
        <source>the remark's text is empty</source>
        <translation>ескертудің мәтіні бос</translation>
    </message>
    <message>
        <source>'%1' is not a remark number</source>
        <translation>'%1' ескерту нөмірі емес</translation>
    </message>
    <message>
        <source>give exactly one of --accept and --reject</source>
        <translation>екеуінің бірін ғана көрсетіңіз: --accept немесе --reject</translation>
    </message>
    <message>
        <source>give the reasons of the decision with --reason TEXT</source>
        <translation>шешімнің уәждерін көрсетіңіз: --reason МӘТІН</translation>
    </message>
    <message>
        <source>Remark %1 filed on protocol version %2.</source>
        <translation>№ %1 ескерту хаттаманың № %2 нұсқасына берілді.</translation>
    </message>
    <message>
        <source>the case names no judge: give the judge's name with --by NAME</source>
        <translation>істе судья көрсетілмеген: судьяның аты-жөнін --by АТЫ-ЖӨНІ арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>Remark %1 %2 by %3.</source>
        <translation>№ %1 ескерту: %2 (судья %3).</translation>
    </message>
    <message>
        <source>Protocol version %1 made with the remarks as its appendix; it is not signed yet: sign it with 'hattama sign'.</source>
        <translation>Ескертулер қосымшада берілген хаттаманың № %1 нұсқасы жасалды; оған әлі қол қойылмаған: 'hattama sign' командасымен қол қойыңыз.</translation>
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
        <translation>хатшы</translation>
    </message>
    <message>
        <source>Folder of the trusted CA certificates and CRLs (default: the trust folder of the archive).</source>
        <translation>Куәландырушы орталықтардың сенімді сертификаттары мен кері қайтару тізімдерінің қалтасы (әдепкі бойынша — мұрағаттың trust қалтасы).</translation>
    </message>
    <message>
        <source>OCSP responder to ask about revocation (default: the one the certificate names).</source>
        <translation>Кері қайтаруды тексеретін OCSP қызметі (әдепкі бойынша — сертификатта көрсетілгені).</translation>
    </message>
    <message>
        <source>not revoked (%1)</source>
        <translation>кері қайтарылмаған (%1)</translation>
    </message>
    <message>
        <source>REVOKED on %1 (%2)</source>
        <translation>%1 КЕРІ ҚАЙТАРЫЛҒАН (%2)</translation>
    </message>
    <message>
        <source>not checked: no OCSP responder is configured or named, and no CRL file is trusted</source>
        <translation>тексерілмеді: OCSP қызметі бапталмаған және көрсетілмеген, сенімді CRL файлы жоқ</translation>
    </message>
    <message>
        <source>hattama sign: %1</source>
        <translation>hattama sign: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 құпиясөзі: </translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Қол қоюшы: %1</translation>
    </message>
    <message>
        <source>IIN: %1</source>
        <translation>ЖСН: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Берген: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Жарамды: %1 бастап %2 дейін</translation>
    </message>
    <message>
        <source>Hearing folder or hearing ID.</source>
        <translation>Отырыс қалтасы немесе отырыс идентификаторы.</translation>
    </message>
    <message>
        <source>The PKCS#12 key file (.p12) of the person signing.</source>
        <translation>Қол қоятын тұлғаның PKCS#12 кілт файлы (.p12).</translation>
    </message>
    <message>
        <source>Read the key's password from the first line of FILE (else it is asked on the terminal).</source>
        <translation>Кілттің құпиясөзін ФАЙЛДЫҢ бірінші жолынан оқу (әйтпесе ол терминалда сұралады).</translation>
    </message>
    <message>
        <source>secretary or judge (default: the next one: the secretary signs first).</source>
        <translation>secretary (хатшы) немесе judge (судья); әдепкі бойынша — кезектегісі: алдымен хатшы қол қояды.</translation>
    </message>
    <message>
        <source>Add an RFC 3161 timestamp from this timestamp authority (http URL).</source>
        <translation>Осы уақыт белгісі қызметінен RFC 3161 уақыт белгісін қосу (http мекенжайы).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>бір ғана отырыс қалтасын немесе идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>give the key file with --key FILE.p12</source>
        <translation>кілт файлын көрсетіңіз: --key ФАЙЛ.p12</translation>
    </message>
    <message>
        <source>--role must be secretary or judge</source>
        <translation>--role мәні secretary немесе judge болуы керек</translation>
    </message>
    <message>
        <source>Signing protocol version %1 as the %2</source>
        <translation>Хаттаманың %1-нұсқасына қол қою, рөлі: %2</translation>
    </message>
    <message>
        <source>Revocation: %1</source>
        <translation>Кері қайтару: %1</translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation>Уақыт белгісі: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Қол қойылды: %1</translation>
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
        <translation>хатшы</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>қол қоюшы</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <extracomment>%1 role (secretary, judge), %2 the signer's name, %3 date and time of signing</extracomment>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>✘ Signature NOT valid</source>
        <translation>✘ Қолтаңба ЖАРАМСЫЗ</translation>
    </message>
    <message>
        <source>✔ Signed (the certificates' chain was not checked: no trusted CA folder)</source>
        <translation>✔ Қол қойылған (сертификаттар тізбегі тексерілмеді: сенімді куәландырушы орталықтар қалтасы жоқ)</translation>
    </message>
    <message>
        <source>✔ Signed, signatures valid</source>
        <translation>✔ Қол қойылған, қолтаңбалар жарамды</translation>
    </message>
    <message>
        <source>Version %1: %2 · %3</source>
        <extracomment>%1 the protocol version, %2 validity, %3 the signers</extracomment>
        <translation>%1-нұсқа: %2 · %3</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ not valid (%1)</source>
        <translation>✘ жарамсыз (%1)</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>manifest chain broken: the header (line 1) is missing</source>
        <translation>манифест тізбегі бұзылған: тақырып жолы (1-жол) жоқ</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 is malformed</source>
        <translation>манифест тізбегі бұзылған: манифесттің %1-жолының пішімі қате</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 is altered: its content does not match its entry hash</source>
        <translation>манифест тізбегі бұзылған: манифесттің %1-жолы өзгертілген: оның мазмұны өз хешіне сәйкес емес</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line 1 does not start the chain</source>
        <translation>манифест тізбегі бұзылған: манифесттің 1-жолы тізбекті бастамайды</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 does not chain to line %2 (lines removed, inserted or reordered)</source>
        <translation>манифест тізбегі бұзылған: манифесттің %1-жолы %2-жолмен байланыспайды (жолдар жойылған, қосылған немесе орны ауыстырылған)</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 has a wrong sequence number</source>
        <translation>манифест тізбегі бұзылған: манифесттің %1-жолының реттік нөмірі қате</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line 1 is not the header</source>
        <translation>манифест тізбегі бұзылған: манифесттің 1-жолы тақырып жолы емес</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 is a second header</source>
        <translation>манифест тізбегі бұзылған: манифесттің %1-жолы — қайталанған тақырып жолы</translation>
    </message>
    <message>
        <source>manifest chain broken: manifest line %1 lists %2 a second time</source>
        <translation>манифест тізбегі бұзылған: манифесттің %1-жолы %2 сегментін қайта енгізеді</translation>
    </message>
    <message>
        <source>%1 is missing: this is not a hearing folder, or nothing was recorded</source>
        <translation>%1 жоқ: бұл сот отырысының қалтасы емес, немесе ештеңе жазылмаған</translation>
    </message>
    <message>
        <source>manifest line %1 is incomplete (cut off by a crash): run 'hattama recover'</source>
        <translation>манифесттің %1-жолы аяқталмаған (іркіліс салдарынан үзілген): 'hattama recover' орындаңыз</translation>
    </message>
    <message>
        <source>the manifest ends at line %1 without its close line although the recording is closed: lines were removed</source>
        <translation>аудио-, бейнежазба жабық болса да, манифест жабу жолынсыз %1-жолда аяқталады: жолдар жойылған</translation>
    </message>
    <message>
        <source>segment %1 (manifest line %2) is missing</source>
        <translation>%1 сегменті (манифесттің %2-жолы) жоқ</translation>
    </message>
    <message>
        <source>segment %1 is altered: its SHA-256 differs from manifest line %2</source>
        <translation>%1 сегменті өзгертілген: оның SHA-256 мәні манифесттің %2-жолымен сәйкес емес</translation>
    </message>
    <message>
        <source>segment %1 holds the content listed for %2 (segments swapped or reordered)</source>
        <translation>%1 сегментінде %2 үшін енгізілген деректер тұр (сегменттердің орны ауыстырылған)</translation>
    </message>
    <message>
        <source>segment %1 (manifest line %2) is listed after %3, which comes later</source>
        <translation>%1 сегменті (манифесттің %2-жолы) өзінен кейін келетін %3 сегментінен кейін енгізілген</translation>
    </message>
    <message>
        <source>segment %1 is not in the manifest: it was added after the recording was closed</source>
        <translation>%1 сегменті манифестте жоқ: ол аудио-, бейнежазба жабылғаннан кейін қосылған</translation>
    </message>
    <message>
        <source>segment %1 is not in the manifest: unclosed after a crash, run 'hattama recover'</source>
        <translation>%1 сегменті манифестте жоқ: іркілістен кейін жабылмаған, 'hattama recover' орындаңыз</translation>
    </message>
    <message>
        <source>segment %1 matches its hash but cannot be read as media</source>
        <translation>%1 сегменті өз хешіне сәйкес, бірақ медиафайл ретінде оқылмайды</translation>
    </message>
    <message>
        <source>the recording is not closed: it is still being recorded, or was cut off (run 'hattama recover')</source>
        <translation>аудио-, бейнежазба жабылмаған: ол әлі жазылып жатыр немесе үзілген ('hattama recover' орындаңыз)</translation>
    </message>
    <message>
        <source>%1 is not a segment and is not in the manifest</source>
        <translation>%1 сегмент емес және манифестке енгізілмеген</translation>
    </message>
    <message>
        <source>%1 ch, %2 Hz</source>
        <translation>%1 арна, %2 Гц</translation>
    </message>
    <message>
        <source>The hearing folder to check.</source>
        <translation>Тексерілетін сот отырысының қалтасы.</translation>
    </message>
    <message>
        <source>hattama verify: cannot read %1: %2</source>
        <translation>hattama verify: %1 оқылмайды: %2</translation>
    </message>
    <message>
        <source>Hearing folder: %1</source>
        <translation>Сот отырысының қалтасы: %1</translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation>Сот отырысы: %1</translation>
    </message>
    <message>
        <source>Manifest lines: %1</source>
        <translation>Манифесттегі жолдар: %1</translation>
    </message>
    <message>
        <source>Parts: %1</source>
        <translation>Бөліктер: %1</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Сегменттер: %1</translation>
    </message>
    <message>
        <source>Duration: %1 (%2 ms)</source>
        <translation>Ұзақтығы: %1 (%2 мс)</translation>
    </message>
    <message>
        <source>Tracks: %1</source>
        <translation>Жолақтар: %1</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>ҚАТЕ: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ескерту: %1</translation>
    </message>
    <message>
        <source>Result: intact. Every segment matches the hash chain of the manifest.</source>
        <translation>Нәтиже: тұтастығы расталды. Әр сегмент манифесттің хеш тізбегіне сәйкес келеді.</translation>
    </message>
    <message>
        <source>Result: NOT intact.</source>
        <translation>Нәтиже: тұтастығы БҰЗЫЛҒАН.</translation>
    </message>
    <message>
        <source>hattama verify: cannot open the database: %1</source>
        <translation>hattama verify: дерекқорды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>hattama verify: cannot read the audit log: %1</source>
        <translation>hattama verify: аудит журналын оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>ERROR: audit log chain broken: %1</source>
        <extracomment>%1 names the first bad row of the audit log, e.g. "row 17: hash does not match its contents"</extracomment>
        <translation>ҚАТЕ: аудит журналының тізбегі бұзылған: %1</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact</source>
        <translation>Аудит журналы: %1 жазба, тізбек бұзылмаған</translation>
    </message>
    <message>
        <source>no database beside this folder: the folder alone cannot show a cut-off end or a rewritten hash chain (give --archive or --db)</source>
        <translation>бұл қалтаның жанында дерекқор жоқ: тек қалта бойынша аудио-, бейнежазбаның кесілген соңын немесе қайта есептелген хеш тізбегін анықтау мүмкін емес (--archive немесе --db көрсетіңіз)</translation>
    </message>
    <message>
        <source>manifest line %1 gives %2 bytes for segment %3, the file has %4</source>
        <translation>манифесттің %1-жолында %3 сегменті үшін %2 байт көрсетілген, ал файлда %4 байт</translation>
    </message>
    <message>
        <source>the manifest lists part %1 (%2 segments) that recording.json does not know</source>
        <translation>манифестте recording.json-да жоқ %1-бөлім (%2 сегмент) көрсетілген</translation>
    </message>
    <message>
        <source>recording.json says part %1 has %2 segments (%3); the manifest lists %4 segments (%5)</source>
        <translation>recording.json бойынша %1-бөлімде %2 сегмент бар (%3); манифестте %4 сегмент (%5)</translation>
    </message>
    <message>
        <source>the recording is in progress: the closed segments are checked, the one being recorded is not</source>
        <translation>жазу жүріп жатыр: жабылған сегменттер тексерілді, қазір жазылып жатқаны тексерілмейді</translation>
    </message>
    <message>
        <source>segment %1 is being recorded (checked once it is closed)</source>
        <translation>%1 сегменті қазір жазылып жатыр (жабылғаннан кейін тексеріледі)</translation>
    </message>
    <message>
        <source>recovered after a crash: the recording ends at %1; what came after is lost</source>
        <translation>іркілістен кейін қалпына келтірілді: аудио-, бейнежазба %1 уақытында аяқталады; одан кейінгісі жоғалды</translation>
    </message>
    <message>
        <source>recovered after a crash: about %1 s lost at %2</source>
        <extracomment>e.g. "recovered after a crash: 0.4 s lost at 00:12:31.200"</extracomment>
        <translation>іркілістен кейін қалпына келтірілді: %2 уақытында шамамен %1 с жоғалды</translation>
    </message>
    <message>
        <source>the database holds no anchor of this manifest (recorded without this database): a cut-off end or a rewritten chain cannot be detected</source>
        <translation>дерекқорда бұл манифесттің байламы жоқ (аудио-, бейнежазба осы дерекқорсыз жүргізілген): кесілген соңын немесе қайта есептелген тізбекті анықтау мүмкін емес</translation>
    </message>
    <message>
        <source>the database anchored %1 manifest lines (%2 segments), the folder holds %3: the end of the recording was cut off</source>
        <translation>дерекқорда манифесттің %1 жолы (%2 сегмент) бекітілген, ал қалтада %3 жол: аудио-, бейнежазбаның соңы кесілген</translation>
    </message>
    <message>
        <source>manifest line %1 is not the one the database anchored: the hash chain was rewritten</source>
        <translation>манифесттің %1-жолы дерекқорда бекітілген жолға сәйкес емес: хеш тізбегі қайта есептелген</translation>
    </message>
    <message>
        <source>Anchors: %1</source>
        <translation>Дерекқорға байланыс: %1</translation>
    </message>
    <message>
        <source>Result: intact so far. The recording is in progress; every closed segment matches the hash chain of the manifest.</source>
        <translation>Нәтиже: әзірге тұтастығы расталды. Жазу жүріп жатыр; әр жабылған сегмент манифесттің хеш тізбегіне сәйкес келеді.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 жоқ</translation>
    </message>
    <message>
        <source>%1 is not a readable signature</source>
        <translation>%1 оқылатын қолтаңба емес</translation>
    </message>
    <message>
        <source>%1 was changed after signing: it does not match its signature %2</source>
        <translation>%1 қол қойылғаннан кейін өзгертілген: өзінің %2 қолтаңбасына сәйкес келмейді</translation>
    </message>
    <message>
        <source>%1: the signature of signer %2 is not valid</source>
        <translation>%1: %2-қол қоюшының қолтаңбасы жарамсыз</translation>
    </message>
    <message>
        <source>%1 and signers.json name different signers (a signer removed or added)</source>
        <translation>%1 мен signers.json әртүрлі қол қоюшыларды көрсетеді (қол қоюшы алынып тасталған немесе қосылған)</translation>
    </message>
    <message>
        <source>%1 no longer matches the hearing seal %2</source>
        <translation>%1 енді %2 отырыс мөріне сәйкес келмейді</translation>
    </message>
    <message>
        <source>the audit log no longer holds the row the hearing seal %1 binds</source>
        <translation>аудит журналында %1 отырыс мөрі бекіткен жазба енді жоқ</translation>
    </message>
    <message>
        <source>%1, signer %2: %3</source>
        <translation>%1, %2-қол қоюшы: %3</translation>
    </message>
    <message>
        <source>no trusted CA certificates in %1: the signers' chains are not checked</source>
        <translation>%1 ішінде куәландырушы орталықтардың сенімді сертификаттары жоқ: қол қоюшылардың сертификаттар тізбегі тексерілмеді</translation>
    </message>
    <message>
        <source>%1, signer %2: revocation not checked (no OCSP responder, no CRL)</source>
        <translation>%1, %2-қол қоюшы: кері қайтару тексерілмеді (OCSP қызметі де, CRL файлы да жоқ)</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>қол қоюшы</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>сенімді</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>кері қайтарылмаған</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>КЕРІ ҚАЙТАРЫЛҒАН</translation>
    </message>
    <message>
        <source>revoked after signing</source>
        <translation>қол қойылғаннан кейін кері қайтарылған</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ӨТПЕДІ</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>тексерілмеді</translation>
    </message>
    <message>
        <source>Signatures: none (the protocol is not signed)</source>
        <translation>Қолтаңбалар: жоқ (хаттамаға қол қойылмаған)</translation>
    </message>
    <message>
        <source>  v%1 %2: %3, signed %4; chain: %5; revocation: %6</source>
        <extracomment>e.g. " v1 secretary: АХМЕТОВА ӘСЕЛ (IIN 850101400123), signed 2026-11-30T10:00:00Z; chain: trusted; revocation: not revoked"</extracomment>
        <translation>  %1-нұсқа, %2: %3, қол қойылды %4; тізбек: %5; кері қайтару: %6</translation>
    </message>
    <message>
        <source>    timestamp: %1</source>
        <translation>    уақыт белгісі: %1</translation>
    </message>
    <message>
        <source>Signatures: signed protocol versions: %1</source>
        <translation>Қолтаңбалар: қол қойылған хаттама нұсқалары: %1</translation>
    </message>
    <message>
        <source>%1, signer %2: the timestamp is from «%3», an authority that is not trusted: %4</source>
        <extracomment>%3 the timestamp authority's name, %4 why its certificate is not trusted</extracomment>
        <translation>%1, %2-қол қоюшы: уақыт белгісін сенім жоқ «%3» қызметі берген: %4</translation>
    </message>
</context>
<context>
    <name>hattama::TimelineEditor</name>
    <message>
        <source>add entry</source>
        <translation>жазба қосу</translation>
    </message>
    <message>
        <source>delete entry</source>
        <translation>жазбаны жою</translation>
    </message>
    <message>
        <source>edit entry</source>
        <translation>жазбаны өзгерту</translation>
    </message>
</context>
<context>
    <name>hattama::cli::ManPage</name>
    <message>
        <source>Hattama manual</source>
        <translation>Hattama нұсқаулығы</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТАУЫ</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>ҚОЛДАНЫЛУЫ</translation>
    </message>
    <message>
        <source>global options</source>
        <translation>жалпы параметрлер</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>СИПАТТАМАСЫ</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>ЖАЛПЫ ПАРАМЕТРЛЕР</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>КОМАНДАЛАР</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>АЯҚТАЛУ КОДТАРЫ</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ОРТА АЙНЫМАЛЫЛАРЫ</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>ФАЙЛДАР</translation>
    </message>
    <message>
        <source>Settings for every user of the computer, set by the court's IT department: the archive folder (archive/path), the database URL (database/url), the trusted CA folder (signing/trustedCaDir) and the court's time zone (court/timeZone). A user's own setting wins over it.</source>
        <translation>Компьютердің барлық пайдаланушыларына арналған, соттың IT қызметі белгілейтін баптаулар: архив қалтасы (archive/path), дерекқор URL-і (database/url), сенімді куәландырушы орталықтар қалтасы (signing/trustedCaDir) және соттың уақыт белдеуі (court/timeZone). Пайдаланушының өз баптауы басым болады.</translation>
    </message>
    <message>
        <source>The user's own settings: language, devices, disk limits and the keys above.</source>
        <translation>Пайдаланушының өз баптаулары: тіл, құрылғылар, диск шектеулері және жоғарыда аталған кілттер.</translation>
    </message>
    <message>
        <source>The archive of hearings when no other folder is set.</source>
        <translation>Басқа қалта берілмесе, сот отырыстарының архиві.</translation>
    </message>
    <message>
        <source>The log, kept to a few megabytes.</source>
        <translation>Бағдарлама журналы, бірнеше мегабайтпен шектеледі.</translation>
    </message>
    <message>
        <source>The court's own protocol templates and event catalogue, used instead of the built-in ones; the built-in ones are in /usr/share/hattama/templates/ to start from.</source>
        <translation>Соттың кірістірілгендердің орнына қолданылатын өз хаттама үлгілері мен оқиғалар каталогы; бастауға болатын кірістірілген үлгілер /usr/share/hattama/templates/ қалтасында.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::AboutDialog</name>
    <message>
        <source>About Hattama</source>
        <translation>Hattama бағдарламасы туралы</translation>
    </message>
    <message>
        <source>Hattama %1</source>
        <translation>Hattama %1</translation>
    </message>
    <message>
        <source>Records court hearings, every microphone and camera in sync, and produces the hearing protocol in Russian and Kazakh.</source>
        <translation>Сот отырыстарын жазады — барлық микрофон мен камера үндестірілген — және отырыс хаттамасын қазақ және орыс тілдерінде жасайды.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. You may copy, change and share it under its terms; it comes with no warranty.</source>
        <translation>GNU General Public License лицензиясының 3-нұсқасы не одан кейінгі нұсқасы бойынша еркін бағдарлама. Оны лицензия шарттарымен көшіруге, өзгертуге және таратуға болады; ешқандай кепілдік берілмейді.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::CameraPreview</name>
    <message>
        <source>No signal</source>
        <translation>Сигнал жоқ</translation>
    </message>
    <message>
        <source>Picture frozen</source>
        <translation>Сурет қатып қалды</translation>
    </message>
</context>
<context>
    <name>hattama::ui::ChannelMappingPanel</name>
    <message>
        <source>— not used —</source>
        <translation>— қолданылмайды —</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Who speaks into it</source>
        <translation>Кім сөйлейді</translation>
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
        <translation>Деңгей (микрофонды табу үшін сөйлеңіз)</translation>
    </message>
</context>
<context>
    <name>hattama::ui::DevicePanel</name>
    <message>
        <source>Audio input:</source>
        <translation>Дыбыс кірісі:</translation>
    </message>
    <message>
        <source>Cameras:</source>
        <translation>Камералар:</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>Құрылғыларды қайта іздеу</translation>
    </message>
    <message>
        <source>After plugging in a microphone interface or a camera</source>
        <translation>Микрофон интерфейсін немесе камераны қосқаннан кейін</translation>
    </message>
    <message>
        <source>The computer's default input</source>
        <translation>Компьютердің әдепкі кірісі</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <extracomment>%1 is a device name</extracomment>
        <translation>%1 (қосылмаған)</translation>
    </message>
    <message>
        <source>Demo microphones (test tones)</source>
        <translation>Демо микрофондар (сынақ дыбыстары)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n channels (%2)</source>
        <extracomment>%1 device name, %2 its number of input channels, %3 the sound system (ALSA, JACK, WASAPI)</extracomment>
        <translation>
            <numerusform>%1 — %n арна (%2)</numerusform>
            <numerusform>%1 — %n арна (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo camera %1 (test picture)</source>
        <translation>Демо камера %1 (сынақ суреті)</translation>
    </message>
    <message>
        <source>Second audio input:</source>
        <translation>Екінші дыбыс кірісі:</translation>
    </message>
    <message>
        <source>Recorded together with the first: its microphones follow the first input's</source>
        <translation>Біріншісімен бірге жазылады: оның микрофондары бірінші кірістің микрофондарынан кейін келеді</translation>
    </message>
    <message>
        <source>— none —</source>
        <extracomment>no second audio input</extracomment>
        <translation>— жоқ —</translation>
    </message>
</context>
<context>
    <name>hattama::ui::EntryEditor</name>
    <message>
        <source>Speaker (Alt+1…9):</source>
        <translation>Сөйлеуші (Alt+1…9):</translation>
    </message>
    <message>
        <source>Type a note — its time is taken at the first key; Enter saves it</source>
        <translation>Жазбаны теріңіз — уақыты бірінші пернеден алынады; Enter сақтайды</translation>
    </message>
    <message>
        <source>Notes can be typed once the recording has started</source>
        <translation>Жазбаларды жазу басталғаннан кейін енгізуге болады</translation>
    </message>
    <message>
        <source>Enter saves the note, Esc discards it</source>
        <translation>Enter жазбаны сақтайды, Esc оны болдырмайды</translation>
    </message>
    <message>
        <source>Back on the record</source>
        <translation>Хаттамаға қайту</translation>
    </message>
    <message>
        <source>Off the record</source>
        <translation>Хаттамаға енгізілмейді</translation>
    </message>
    <message>
        <source>End sealed passage</source>
        <translation>Жабық бөлікті аяқтау</translation>
    </message>
    <message>
        <source>Sealed passage</source>
        <translation>Жабық бөлік</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>Go to the note field</source>
        <translation>Жазба өрісіне өту</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>%1-қатысушы сөйлейді</translation>
    </message>
    <message>
        <source>Marks the passage that follows as not part of the protocol</source>
        <translation>Келесі бөлік хаттамаға енгізілмейтінін белгілейді</translation>
    </message>
    <message>
        <source>Marks a closed passage: it is left out of the parties' copies</source>
        <translation>Жабық бөлікті белгілейді: ол тараптарға берілетін көшірмелерге енгізілмейді</translation>
    </message>
    <message>
        <source>Sets a marker at the present moment to come back to later</source>
        <translation>Кейін оралу үшін осы сәтке белгі қояды</translation>
    </message>
    <message>
        <source>The hearing time the note being typed will carry</source>
        <translation>Теріліп жатқан жазбаға берілетін отырыс уақыты</translation>
    </message>
    <message>
        <source>The recording has ended: a note has no recording time now. Add remarks to the protocol (Ctrl+Shift+P) until it is signed.</source>
        <translation>Жазу аяқталды: енді жазбаға жазу уақыты берілмейді. Толықтыруларды хаттамаға (Ctrl+Shift+P) оған қол қойылғанға дейін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::EntryListModel</name>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
</context>
<context>
    <name>hattama::ui::HearingCreateDialog</name>
    <message>
        <source>Enter the case number.</source>
        <translation>Іс нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the presiding judge.</source>
        <translation>Төрағалық етуші судьяны көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the court.</source>
        <translation>Сотты көрсетіңіз.</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Сот:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Іс нөмірі:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Presiding judge:</source>
        <translation>Төрағалық етуші:</translation>
    </message>
    <message>
        <source>Courtroom:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <source>Protocol language:</source>
        <translation>Хаттама тілі:</translation>
    </message>
    <message>
        <source>e.g. 2-1234/2026</source>
        <translation>мысалы, 2-1234/2026</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Қылмыстық</translation>
    </message>
    <message>
        <source>Civil</source>
        <translation>Азаматтық</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>the participant a representative or defender acts for</extracomment>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Іс жүргізу жағдайы</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Қатысушы қосу</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Қатысушыны алып тастау</translation>
    </message>
    <message>
        <source>No secretary is given: the protocol's line «Secretary of the court session» will be empty. Enter the secretary, or press Save again to save without one.</source>
        <translation>Хатшы көрсетілмеген: хаттаманың «Сот отырысының хатшысы» жолы бос қалады. Хатшыны енгізіңіз немесе хатшысыз сақтау үшін «Сақтау» батырмасын тағы басыңыз.</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Қала:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Хатшы:</translation>
    </message>
    <message>
        <source>Start (court time):</source>
        <translation>Басталуы (сот уақыты):</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Кімнің өкілі</translation>
    </message>
    <message>
        <source>e.g. Astana</source>
        <translation>мысалы, Астана</translation>
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
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Discard the note being typed</source>
        <translation>Терілген жазбаны болдырмау</translation>
    </message>
    <message>
        <source>Alt+1…9</source>
        <translation>Alt+1…9</translation>
    </message>
    <message>
        <source>Choose the speaker</source>
        <translation>Сөйлеушіні таңдау</translation>
    </message>
    <message>
        <source>Ctrl+wheel, + / -</source>
        <translation>Ctrl+дөңгелек, + / -</translation>
    </message>
    <message>
        <source>Zoom the timeline</source>
        <translation>Уақыт шкаласының масштабы</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected entry (in the list)</source>
        <translation>Таңдалған жазбаны жою (тізімде)</translation>
    </message>
    <message>
        <source>1. Setup</source>
        <translation>1. Дайындық</translation>
    </message>
    <message>
        <source>2. Hearing</source>
        <translation>2. Отырыс</translation>
    </message>
    <message>
        <source>Microphones</source>
        <translation>Микрофондар</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камералар</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Zoom in the timeline</source>
        <translation>Шкаланы үлкейту</translation>
    </message>
    <message>
        <source>Zoom out the timeline</source>
        <translation>Шкаланы кішірейту</translation>
    </message>
    <message>
        <source>Show setup</source>
        <translation>Дайындықты көрсету</translation>
    </message>
    <message>
        <source>Show the hearing</source>
        <translation>Отырысты көрсету</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Double-click a note or a speaker to change it. Ctrl+Z undoes.</source>
        <translation>Өзгерту үшін жазбаны не сөйлеушіні екі рет басыңыз. Ctrl+Z болдырмайды.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <extracomment>opens the protocol («протокол» / «хаттама») of this hearing in its own window</extracomment>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Open the protocol of this hearing (%1)</source>
        <translation>Осы отырыстың хаттамасын ашу (%1)</translation>
    </message>
</context>
<context>
    <name>hattama::ui::HearingsPanel</name>
    <message>
        <source>Search by case number, participant or note…</source>
        <translation>Іс нөмірі, қатысушы немесе жазба бойынша іздеу…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Courtroom</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>No hearings scheduled for today. Import one from the case system (File → Import hearing) or create a new one.</source>
        <translation>Бүгінге сот отырысы тағайындалмаған. Отырысты іс жүргізу жүйесінен импорттаңыз (Файл → Отырысты импорттау) немесе жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>Today's hearings — %1</source>
        <extracomment>%1 is today's date in the long local form</extracomment>
        <translation>Бүгінгі сот отырыстары — %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Protocol (%1)</source>
        <extracomment>%1 keyboard shortcut</extracomment>
        <translation>Хаттама (%1)</translation>
    </message>
    <message>
        <source>Open the protocol of the selected hearing</source>
        <translation>Таңдалған отырыстың хаттамасын ашу</translation>
    </message>
    <message>
        <source>Hearings of %1</source>
        <translation>Сот отырыстары — %1</translation>
    </message>
    <message>
        <source>The day before (%1)</source>
        <translation>Алдыңғы күн (%1)</translation>
    </message>
    <message>
        <source>The day after (%1)</source>
        <translation>Келесі күн (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>No hearings on %1.</source>
        <translation>%1 күні сот отырыстары жоқ.</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Аудио-, бейнежазбаны ойнату</translation>
    </message>
    <message>
        <source>Play (%1)</source>
        <extracomment>%1 keyboard shortcut</extracomment>
        <translation>Ойнату (%1)</translation>
    </message>
    <message>
        <source>Play the recording of the selected hearing: cameras, microphones, entries</source>
        <translation>Таңдалған отырыстың аудио-, бейнежазбасын ойнату: камералар, микрофондар, жазбалар</translation>
    </message>
    <message>
        <source>Signatures</source>
        <extracomment>column of the hearings list: the protocol's electronic signatures</extracomment>
        <translation>Қолтаңбалар</translation>
    </message>
<message>
        <source>Issue copy…</source>
        <translation>Көшірме беру…</translation>
    </message>
</context>
<context>
    <name>hattama::ui::LevelMeter</name>
    <message>
        <source>No signal</source>
        <translation>Сигнал жоқ</translation>
    </message>
    <message>
        <source>CLIP</source>
        <extracomment>short mark on a level meter: the signal reached full scale</extracomment>
        <translation>АСЫП КЕТТІ</translation>
    </message>
    <message>
        <source>Peak and average level. A red CLIP mark stays until you click the meter.</source>
        <translation>Ең жоғары және орташа деңгей. Қызыл АСЫП КЕТТІ белгісі индикаторды басқанша қалады.</translation>
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
        <translation>Hattama — сот отырысын жазу</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import hearing…</source>
        <translation>Отырысты &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Hattama</source>
        <translation>Hattama бағдарламасы &amp;туралы</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt туралы</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Мұрағат: %1</translation>
    </message>
    <message>
        <source>Free space: unknown</source>
        <translation>Бос орын: белгісіз</translation>
    </message>
    <message>
        <source>Free space: %1 GB</source>
        <extracomment>free disk space in gigabytes</extracomment>
        <translation>Бос орын: %1 ГБ</translation>
    </message>
    <message>
        <source>A hearing is being recorded</source>
        <translation>Отырыс жазылып жатыр</translation>
    </message>
    <message>
        <source>Closing the window stops the recording of this hearing. Everything recorded so far is kept.

Stop the recording and close?</source>
        <translation>Терезені жапсаңыз, осы отырысты жазу тоқтайды. Жазылғанның бәрі сақталады.

Жазуды тоқтатып, терезені жабу керек пе?</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Тоқтатып, жабу</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>Жазуды жалғастыру</translation>
    </message>
    <message>
        <source>Cannot read the hearings: %1</source>
        <translation>Отырыстарды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>No hearings database is open.</source>
        <translation>Отырыстар дерекқоры ашылмаған.</translation>
    </message>
    <message>
        <source>%1 is not a valid hearing file: %2</source>
        <translation>%1 — отырыс файлы емес: %2</translation>
    </message>
    <message>
        <source>The hearing could not be saved: %1</source>
        <translation>Отырысты сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Hearing %1 imported.</source>
        <translation>%1 ісі бойынша отырыс импортталды.</translation>
    </message>
    <message>
        <source>Hearing %1 updated.</source>
        <translation>%1 ісі бойынша отырыс жаңартылды.</translation>
    </message>
    <message>
        <source>Import hearing</source>
        <translation>Отырысты импорттау</translation>
    </message>
    <message>
        <source>Hearing files (*.json);;All files (*)</source>
        <translation>Отырыс файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Another hearing is being recorded; stop it before opening this one.</source>
        <translation>Басқа отырыс жазылып жатыр; бұл отырысты ашпас бұрын оны тоқтатыңыз.</translation>
    </message>
    <message>
        <source>Cannot open the hearing: %1</source>
        <translation>Отырысты ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>A hearing was cut off</source>
        <translation>Отырысты жазу үзіліп қалды</translation>
    </message>
    <message>
        <source>The recording of hearing %1 (case %2) was cut off — the program or the computer stopped while it was recording. What was recorded is kept.

Open it to go on, or mark it as ended?</source>
        <translation>%1 отырысын (%2 ісі) жазу үзіліп қалды — жазу кезінде бағдарлама немесе компьютер тоқтап қалды. Жазылғанның бәрі сақталған.

Жалғастыру үшін отырысты ашу керек пе, әлде оны аяқталған деп белгілеу керек пе?</translation>
    </message>
    <message>
        <source>Open to go on</source>
        <translation>Ашып, жалғастыру</translation>
    </message>
    <message>
        <source>Mark as ended</source>
        <translation>Аяқталған деп белгілеу</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Кейін шешу</translation>
    </message>
    <message>
        <source>Hearing %1 created.</source>
        <translation>%1 ісі бойынша отырыс құрылды.</translation>
    </message>
    <message>
        <source>&amp;New hearing…</source>
        <translation>&amp;Жаңа отырыс…</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>Микрофон %1</translation>
    </message>
    <message>
        <source>Recording problem: %1</source>
        <translation>Жазу ақауы: %1</translation>
    </message>
    <message>
        <source>Recording problem</source>
        <translation>Жазу ақауы</translation>
    </message>
    <message>
        <source>The recording reports a problem:

%1</source>
        <translation>Жазу ақау туралы хабарлайды:

%1</translation>
    </message>
    <message>
        <source>Not every device could be opened: %1</source>
        <translation>Барлық құрылғыны ашу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Devices changed.</source>
        <translation>Құрылғылар өзгертілді.</translation>
    </message>
    <message>
        <source>Cannot open the protocol: %1</source>
        <translation>Хаттаманы ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>&amp;Hearings list</source>
        <translation>Сот &amp;отырыстарының тізімі</translation>
    </message>
    <message>
        <source>&amp;Current hearing</source>
        <translation>&amp;Ағымдағы сот отырысы</translation>
    </message>
    <message>
        <source>The hearing's status was not updated: %1</source>
        <translation>Сот отырысының күйі жаңартылмады: %1</translation>
    </message>
    <message>
        <source>Demo camera %1</source>
        <extracomment>a demo camera's name on its preview and in its test picture, %1 its number</extracomment>
        <translation>Демо камера %1</translation>
    </message>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>Аудио-, бейнежазбаны ойнату мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>hattama::ui::MicrophoneStrip</name>
    <message>
        <source>Mute</source>
        <extracomment>button: do not hear this microphone</extracomment>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Solo</source>
        <extracomment>button: hear only this microphone (and the other soloed ones)</extracomment>
        <translation>Тек осы</translation>
    </message>
    <message>
        <source>Do not hear microphone %1</source>
        <extracomment>%1 microphone number and name</extracomment>
        <translation>%1 микрофонын тыңдамау</translation>
    </message>
    <message>
        <source>Hear only microphone %1 (and the others marked Solo)</source>
        <translation>Тек %1 микрофонын тыңдау (және «Тек осы» белгіленген басқаларын)</translation>
    </message>
    <message>
        <source>Loudness of microphone %1</source>
        <translation>%1 микрофонының дыбыс қаттылығы</translation>
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
        <translation>Тек сол микрофонды тыңдау</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Hear every microphone</source>
        <translation>Барлық микрофонды тыңдау</translation>
    </message>
    <message>
        <source>Click on a camera</source>
        <translation>Камераны шерту</translation>
    </message>
    <message>
        <source>Enlarge it; click again for all cameras</source>
        <translation>Оны үлкейту; қайта шерту — барлық камера</translation>
    </message>
    <message>
        <source>Click on the timeline or an entry</source>
        <translation>Уақыт шкаласын немесе жазбаны шерту</translation>
    </message>
    <message>
        <source>Go to that moment</source>
        <translation>Сол сәтке өту</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as HH:MM:SS.</source>
        <translation>«%1» уақыт емес; оны СС:ММ:СС түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>%1 is outside the recording, which runs from %2 to %3.</source>
        <extracomment>%1 the time asked for, %2 and %3 the start and end of the recording</extracomment>
        <translation>%1 аудио-, бейнежазбадан тыс: ол %2 бастап %3 дейін.</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>Уақытқа өту</translation>
    </message>
    <message>
        <source>Time on the hearing clock (%1 – %2):</source>
        <extracomment>%1 and %2 the start and end of the recording</extracomment>
        <translation>Отырыс уақыты (%1 – %2):</translation>
    </message>
    <message>
        <source>Part of the recording cannot be played: %1</source>
        <translation>Аудио-, бейнежазбаның бір бөлігі ойнатылмайды: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 now, %2 the end of the recording, on the hearing clock</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Recording of the hearing %1 — Hattama</source>
        <extracomment>window title; %1 the hearing ID (its folder's name)</extracomment>
        <translation>%1 сот отырысының аудио-, бейнежазбасы — Hattama</translation>
    </message>
    <message>
        <source>Microphones</source>
        <translation>Микрофондар</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <extracomment>%1 number of entries</extracomment>
        <translation>Жазбалар (%1)</translation>
    </message>
    <message>
        <source>◀ Entry</source>
        <translation>◀ Жазба</translation>
    </message>
    <message>
        <source>Previous entry (%1)</source>
        <translation>Алдыңғы жазба (%1)</translation>
    </message>
    <message>
        <source>Entry ▶</source>
        <translation>Жазба ▶</translation>
    </message>
    <message>
        <source>Next entry (%1)</source>
        <translation>Келесі жазба (%1)</translation>
    </message>
    <message>
        <source>Go to time…</source>
        <translation>Уақытқа өту…</translation>
    </message>
    <message>
        <source>Go to a moment of the hearing (%1)</source>
        <translation>Отырыстың белгілі бір сәтіне өту (%1)</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Жылдамдық:</translation>
    </message>
    <message>
        <source>Playback speed; the pitch of the voices is kept</source>
        <translation>Ойнату жылдамдығы; дауыстардың биіктігі сақталады</translation>
    </message>
    <message>
        <source>Timeline of the hearing</source>
        <translation>Отырыстың уақыт шкаласы</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>No sound device: the recording plays without sound, on the computer's clock</source>
        <translation>Дыбыс құрылғысы жоқ: аудио-, бейнежазба дыбыссыз, компьютер сағаты бойынша ойнатылады</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Ойнату немесе кідірту</translation>
    </message>
    <message>
        <source>Play; again: faster</source>
        <translation>Ойнату; қайта басу — жылдамырақ</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Баяуырақ</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 секунд артқа</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 секунд алға</translation>
    </message>
    <message>
        <source>One frame back (paused)</source>
        <translation>Бір кадр артқа (кідіртілгенде)</translation>
    </message>
    <message>
        <source>One frame forward (paused)</source>
        <translation>Бір кадр алға (кідіртілгенде)</translation>
    </message>
    <message>
        <source>Previous entry</source>
        <translation>Алдыңғы жазба</translation>
    </message>
    <message>
        <source>Next entry</source>
        <translation>Келесі жазба</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Толық экран</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>Ойнатқышты жабу</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>%1-камера</translation>
    </message>
    <message>
        <source>Recording of the hearing in case No. %1 — Hattama</source>
        <extracomment>window title; %1 the case number</extracomment>
        <translation>№ %1 іс бойынша сот отырысының аудио-, бейнежазбасы — Hattama</translation>
    </message>
</context>
<context>
    <name>hattama::ui::PreflightPanel</name>
    <message>
        <source>Microphone “%1” has no signal.</source>
        <translation>«%1» микрофонында сигнал жоқ.</translation>
    </message>
    <message>
        <source>Check that it is switched on and plugged in, then speak into it. If nobody sits there yet, tick “Record without it”.</source>
        <translation>Оның қосулы әрі жалғанғанын тексеріп, оған бірдеңе айтыңыз. Бұл орында әлі ешкім болмаса, «Онсыз жазу» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>Camera “%1” delivers no picture.</source>
        <translation>«%1» камерасынан сурет келмейді.</translation>
    </message>
    <message>
        <source>Check its cable and power, or choose another camera on the setup page.</source>
        <translation>Кабелі мен қуатын тексеріңіз немесе дайындық бетінде басқа камераны таңдаңыз.</translation>
    </message>
    <message>
        <source>The free disk space is unknown.</source>
        <translation>Дискідегі бос орын белгісіз.</translation>
    </message>
    <message>
        <source>Check that the archive folder exists and is reachable.</source>
        <translation>Мұрағат қалтасының бар әрі қолжетімді екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The disk holds only %1 hours of recording; %2 are required.</source>
        <translation>Дискідегі орын тек %1 сағаттық аудио-, бейнежазбаға жетеді, ал %2 сағат қажет.</translation>
    </message>
    <message>
        <source>Free space in the archive folder or ask the court's IT staff to move old hearings to the server.</source>
        <translation>Мұрағат қалтасында орын босатыңыз немесе соттың IT қызметінен ескі отырыстарды серверге көшіруді сұраңыз.</translation>
    </message>
    <message>
        <source>Record without it</source>
        <translation>Онсыз жазу</translation>
    </message>
    <message>
        <source>&lt;b style="color:#1a7f37"&gt;✔ Ready to record.&lt;/b&gt;</source>
        <translation>&lt;b style="color:#1a7f37"&gt;✔ Жазуды бастауға болады.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style="color:#c00000"&gt;Not ready. Problems found: %1.&lt;/b&gt;</source>
        <translation>&lt;b style="color:#c00000"&gt;Дайын емес. Табылған ақаулар: %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Жазу алдындағы тексеру</translation>
    </message>
    <message>
        <source>Required free disk:</source>
        <translation>Дискіде қажетті орын:</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>unit after a number of hours in a spin box</extracomment>
        <translation> сағ</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Қайта тексеру</translation>
    </message>
</context>
<context>
    <name>hattama::ui::ProtocolEditor</name>
    <message>
        <source>The two versions read the same.</source>
        <translation>Екі нұсқаның мәтіні бірдей.</translation>
    </message>
    <message>
        <source>Edit the selected part of the protocol</source>
        <extracomment>the protocol is «протокол» / «хаттама»</extracomment>
        <translation>Хаттаманың таңдалған бөлігін түзету</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Draft versions</source>
        <translation>Жоба нұсқалары</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>with</source>
        <translation>мынамен</translation>
    </message>
    <message>
        <source>Click a paragraph of the protocol to edit it.</source>
        <translation>Түзету үшін хаттаманың абзацын басыңыз.</translation>
    </message>
    <message>
        <source>Edited by hand, and the hearing data for this part changed since. Generated text now: %1</source>
        <translation>Қолмен түзетілген, ал осы бөлікке қатысты отырыс деректері содан бері өзгерді. Деректер бойынша қазіргі мәтін: %1</translation>
    </message>
    <message>
        <source>Edited by hand.</source>
        <translation>Қолмен түзетілген.</translation>
    </message>
    <message>
        <source>Generated from the hearing data.</source>
        <translation>Отырыс деректері бойынша жасалған.</translation>
    </message>
    <message>
        <source>Click a time code to open the recording at that moment.</source>
        <translation>Аудио-, бейнежазбаны осы сәттен бастап ашу үшін уақыт белгісін басыңыз.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>аудио-, бейнежазбаның соңы</translation>
    </message>
    <message>
        <source>Moment %1 (%2), segment until %3: %4</source>
        <extracomment>%1 hearing time code, %2 wall-clock time, %3 end of the segment, %4 the protocol text of the segment</extracomment>
        <translation>%1 сәті (%2), үзіндінің шегі — %3: %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · edited: %4, to check: %5</source>
        <extracomment>%1 version name (v0002), %2 protocol language code, %3 creation time, %4 edited parts, %5 parts to check</extracomment>
        <translation>%1 · %2 · %3 · түзетілген: %4, тексеруді қажет етеді: %5</translation>
    </message>
    <message>
        <source>Read only: the hearing is being recorded. The protocol can be edited once the recording stops.</source>
        <translation>Тек қарау: отырыс жазылып жатыр. Хаттаманы жазу тоқтағаннан кейін түзетуге болады.</translation>
    </message>
    <message>
        <source>Recording: %1 (%2–%3)</source>
        <extracomment>%1 media file in the hearing folder, %2 and %3 its start and end time codes</extracomment>
        <translation>Аудио-, бейнежазба: %1 (%2–%3)</translation>
    </message>
    <message>
        <source>No closed recording segment holds this moment yet.</source>
        <translation>Бұл сәт аудио-, бейнежазбаның жабылған бірде-бір сегментіне әлі енген жоқ.</translation>
    </message>
    <message>
        <source>The archive holds no recording of this hearing.</source>
        <translation>Мұрағатта осы отырыстың аудио-, бейнежазбасы жоқ.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::ProtocolWindow</name>
    <message>
        <source>Cannot build the protocol: %1</source>
        <translation>Хаттаманы жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Draft version %1 saved.</source>
        <translation>Жоба нұсқасы № %1 сақталды.</translation>
    </message>
    <message>
        <source>The draft version could not be saved: %1</source>
        <translation>Жоба нұсқасын сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The protocol is up to date with the hearing data.</source>
        <translation>Хаттама отырыстың қазіргі деректеріне сәйкес келеді.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument мәтіні (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-бет (*.html)</translation>
    </message>
    <message>
        <source>Export the protocol</source>
        <translation>Хаттаманы экспорттау</translation>
    </message>
    <message>
        <source>The protocol could not be exported: %1</source>
        <translation>Хаттаманы экспорттау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Protocol exported: %1</source>
        <translation>Хаттама экспортталды: %1</translation>
    </message>
    <message>
        <source>Protocol — case %1</source>
        <extracomment>%1 case number</extracomment>
        <translation>Хаттама — %1 ісі</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Regenerate from the hearing data</source>
        <translation>Отырыс деректері бойынша қайта жасау</translation>
    </message>
    <message>
        <source>Rebuild the protocol from the hearing's timeline as it is now. Parts edited by hand are kept.</source>
        <translation>Хаттаманы отырыстың уақыт шкаласы бойынша оның қазіргі күйінде қайта жасау. Қолмен түзетілген бөліктер сақталады.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>ODT-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML-ге экспорттау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>no draft version saved yet</source>
        <translation>жоба нұсқасы әлі сақталмаған</translation>
    </message>
    <message>
        <source>draft version %1</source>
        <translation>жоба нұсқасы № %1</translation>
    </message>
    <message>
        <source>Case %1 · Protocol language: %2 · %3</source>
        <extracomment>%1 case number, %2 language name (in that language), %3 the draft version</extracomment>
        <translation>%1 ісі · Хаттама тілі: %2 · %3</translation>
    </message>
    <message>
        <source>This hearing is being recorded. The protocol is a read-only preview; the recording is not affected.</source>
        <translation>Бұл отырыс жазылып жатыр. Хаттама тек қарау үшін ашылған; бұл жазуға әсер етпейді.</translation>
    </message>
    <message>
        <source>The hearing data changed since draft version %1. The protocol was rebuilt and nothing edited by hand was lost: edits kept: %2; to check (marked in red): %3.</source>
        <translation>Отырыс деректері № %1 жоба нұсқасынан кейін өзгерді. Хаттама қайта жасалды, қолмен түзетілгеннің ешқайсысы жоғалған жоқ: сақталған түзетулер: %2; тексеруді қажет етеді (қызылмен белгіленген): %3.</translation>
    </message>
    <message>
        <source>The hearing data changed. The protocol was rebuilt and nothing edited by hand was lost: edits kept: %1; to check (marked in red): %2.</source>
        <translation>Отырыс деректері өзгерді. Хаттама қайта жасалды, қолмен түзетілгеннің ешқайсысы жоғалған жоқ: сақталған түзетулер: %1; тексеруді қажет етеді (қызылмен белгіленген): %2.</translation>
    </message>
    <message>
        <source>Brief protocol</source>
        <extracomment>the brief protocol of a court session (the usual one)</extracomment>
        <translation>Қысқаша хаттама</translation>
    </message>
    <message>
        <source>Full protocol</source>
        <extracomment>the full protocol of a court session (CPC art. 347)</extracomment>
        <translation>Толық хаттама</translation>
    </message>
    <message>
        <source>Each kind keeps its own draft versions</source>
        <translation>Хаттаманың әр түрінің өз жоба нұсқалары бар</translation>
    </message>
    <message>
        <source>This hearing was not recorded: a brief protocol is lawful only with a recording</source>
        <translation>Бұл отырыс аудио-, бейнежазбаға жазылмаған: қысқаша хаттама тек аудио-, бейнежазба болған жағдайда ғана жасалады</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are typed in another language than the protocol (%1): %2. The protocol prints them as they were typed.</source>
        <extracomment>%1 the protocol language's name, %2 time codes of the entries, e.g. "00:01:05, 00:12:40"</extracomment>
        <translation>
            <numerusform>%n жазба хаттама тілінде (%1) емес, басқа тілде терілген: %2. Хаттамада олар терілген күйінде беріледі.</numerusform>
            <numerusform>%n жазба хаттама тілінде (%1) емес, басқа тілде терілген: %2. Хаттамада олар терілген күйінде беріледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol version %1 is signed.</source>
        <translation>Хаттаманың %1-нұсқасына қол қойылды.</translation>
    </message>
    <message>
        <source>Sign…</source>
        <extracomment>signing the protocol with an electronic signature</extracomment>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <source>Sign the protocol with your electronic signature: the secretary first, then the judge</source>
        <translation>Хаттамаға электрондық цифрлық қолтаңбамен қол қою: алдымен хатшы, содан кейін судья</translation>
    </message>
    <message>
        <source>Remarks…</source>
        <extracomment>remarks on the protocol filed by the participants («замечания на протокол»)</extracomment>
        <translation>Ескертулер…</translation>
    </message>
</context>
<context>
    <name>hattama::ui::RecordingControlBar</name>
    <message>
        <source>The pre-flight check found problems:

• %1

Record anyway?</source>
        <translation>Жазу алдындағы тексеру ақауларды тапты:

• %1

Сонда да жазуды бастау керек пе?</translation>
    </message>
    <message>
        <source>Start recording?</source>
        <translation>Жазуды бастау керек пе?</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Сонда да жазу</translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation>Қайтып түзету</translation>
    </message>
    <message>
        <source>End the hearing recording?</source>
        <translation>Отырысты жазуды аяқтау керек пе?</translation>
    </message>
    <message>
        <source>Stopping ends the recording of this hearing. It cannot be continued afterwards; for a break, use Recess instead.

Stop the recording?</source>
        <translation>Тоқтату осы отырысты жазуды аяқтайды, кейін оны жалғастыру мүмкін емес. Үзіліс үшін «Үзіліс» батырмасын басыңыз.

Жазуды тоқтату керек пе?</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Жазуды тоқтату</translation>
    </message>
    <message>
        <source>Continue recording</source>
        <translation>Жазуды жалғастыру</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуды бастау</translation>
    </message>
    <message>
        <source>Recess</source>
        <translation>Үзіліс</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Үзілістен кейін жалғастыру</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Жазуды тоқтату</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>● Record</source>
        <extracomment>the big button; ● is a red dot</extracomment>
        <translation>● Жазу</translation>
    </message>
    <message>
        <source>❚❚ Recess</source>
        <translation>❚❚ Үзіліс</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Жалғастыру</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Тоқтату</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Жазу жүріп жатқан жоқ</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <extracomment>the recording indicator; must be short and loud</extracomment>
        <translation>● ЖАЗЫЛУДА</translation>
    </message>
    <message>
        <source>❚❚ RECESS</source>
        <translation>❚❚ ҮЗІЛІС</translation>
    </message>
    <message>
        <source>■ Recording ended</source>
        <translation>■ Жазу аяқталды</translation>
    </message>
    <message>
        <source>Hearing time since the first Record, recesses included</source>
        <translation>Жазу басталғаннан бергі отырыс уақыты, үзілістерді қоса</translation>
    </message>
    <message>
        <source>Disk: unknown</source>
        <translation>Диск: белгісіз</translation>
    </message>
    <message>
        <source>Disk: %1 h left</source>
        <extracomment>hours of recording the free disk space still holds</extracomment>
        <translation>Диск: %1 сағ қалды</translation>
    </message>
    <message>
        <source>Audio overruns: %1</source>
        <translation>Дыбыс буферінің толуы: %1</translation>
    </message>
    <message>
        <source>Dropped frames: %1</source>
        <translation>Түсіп қалған кадрлар: %1</translation>
    </message>
    <message>
        <source>The recording engine is not available in this build</source>
        <translation>Бұл нұсқада жазу модулі қолжетімсіз</translation>
    </message>
    <message>
        <source>NO SOUND: the audio input is lost</source>
        <translation>ДЫБЫС ЖОҚ: дыбыс кірісі жоғалды</translation>
    </message>
    <message>
        <source>Check the audio interface's cable and power. The cameras go on recording; sound is recorded again as soon as the input is back.</source>
        <translation>Дыбыс интерфейсінің кабелі мен қуатын тексеріңіз. Камералар жазуды жалғастырады; кіріс қайта қосылған бойда дыбыс қайтадан жазылады.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::RemarksDialog</name>
    <message>
        <source>Accepted</source>
        <extracomment>a remark on the protocol the judge accepted (certified as correct)</extracomment>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>a remark on the protocol the judge rejected</extracomment>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <extracomment>a remark on the protocol waiting for the judge's decision</extracomment>
        <translation>Шешім күтуде</translation>
    </message>
    <message>
        <source>%1 · in version %2</source>
        <extracomment>%1 accepted/rejected, %2 protocol version number</extracomment>
        <translation>%1 · № %2 нұсқада</translation>
    </message>
    <message>
        <source>No remarks on the protocol have been filed.</source>
        <translation>Хаттамаға ескертулер берілген жоқ.</translation>
    </message>
    <message>
        <source>Choose a remark to see it in full.</source>
        <translation>Толық көру үшін ескертуді таңдаңыз.</translation>
    </message>
    <message>
        <source>Remark %1</source>
        <translation>№ %1 ескерту</translation>
    </message>
    <message>
        <source>Filed on protocol version %1 on %2</source>
        <translation>Хаттаманың № %1 нұсқасына берілді, %2</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Уәждері: %1</translation>
    </message>
    <message>
        <source>Judge %1, %2</source>
        <extracomment>%1 the judge's name, %2 date and time</extracomment>
        <translation>Судья %1, %2</translation>
    </message>
    <message>
        <source>The judge decides every remark before they are attached.</source>
        <translation>Ескертулерді қоспас бұрын судья әрқайсысы бойынша шешім шығарады.</translation>
    </message>
    <message>
        <source>Makes a new protocol version with the remarks and decisions as its appendix; it is then signed anew.</source>
        <translation>Ескертулер мен шешімдер қосымшада берілген хаттаманың жаңа нұсқасын жасайды; оған қайта қол қойылады.</translation>
    </message>
    <message>
        <source>Fill in who files the remark, their role in the case and the text of the remark.</source>
        <translation>Ескертуді кім беретінін, оның істегі рөлін және ескертудің мәтінін толтырыңыз.</translation>
    </message>
    <message>
        <source>Remark %1 filed.</source>
        <translation>№ %1 ескерту берілді.</translation>
    </message>
    <message>
        <source>Choose a remark awaiting decision, accept or reject it, and give the reasons and the judge.</source>
        <translation>Шешім күтіп тұрған ескертуді таңдап, оны қабылдаңыз немесе қабылдамаңыз, уәждері мен судьяны көрсетіңіз.</translation>
    </message>
    <message>
        <source>Remark %1: %2.</source>
        <extracomment>%1 remark number, %2 accepted/rejected</extracomment>
        <translation>№ %1 ескерту: %2.</translation>
    </message>
    <message>
        <source>Protocol version %1 made with the remarks as its appendix. It is not signed yet: the secretary and the judge sign it anew.</source>
        <translation>Ескертулер қосымшада берілген хаттаманың № %1 нұсқасы жасалды. Оған әлі қол қойылмаған: хатшы мен судья оған қайта қол қояды.</translation>
    </message>
    <message>
        <source>Remarks on the protocol — case %1</source>
        <extracomment>%1 case number</extracomment>
        <translation>Хаттамаға ескертулер — іс № %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Кім берді</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Time codes</source>
        <translation>Уақыт белгілері</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>New remark</source>
        <translation>Жаңа ескерту</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>Role in the case:</source>
        <translation>Процестік жағдайы:</translation>
    </message>
    <message>
        <source>e.g. defender, victim, plaintiff</source>
        <translation>мысалы: қорғаушы, жәбірленуші, талапкер</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>Ескерту:</translation>
    </message>
    <message>
        <source>What the protocol leaves out or states wrongly</source>
        <translation>Хаттамада не көрсетілмеген немесе қате көрсетілген</translation>
    </message>
    <message>
        <source>Time codes:</source>
        <translation>Уақыт белгілері:</translation>
    </message>
    <message>
        <source>File remark</source>
        <translation>Ескерту беру</translation>
    </message>
    <message>
        <source>Judge's decision on the selected remark</source>
        <translation>Таңдалған ескерту бойынша судьяның шешімі</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>the judge accepts the remark and certifies it as correct</extracomment>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Уәждері:</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Судья:</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Шешім шығару</translation>
    </message>
    <message>
        <source>Attach to the protocol as a new version</source>
        <translation>Хаттамаға жаңа нұсқа ретінде қосу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Filed by: %1</source>
        <extracomment>who filed the remark: full name, procedural role</extracomment>
        <translation>Ескертуді берген: %1</translation>
    </message>
    <message>
        <source>e.g. 00:12:03, 01:05:40</source>
        <translation>мысалы 00:12:03, 01:05:40</translation>
    </message>
</context>
<context>
    <name>hattama::ui::SetupPage</name>
    <message>
        <source>Microphones</source>
        <translation>Микрофондар</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камералар</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Protocol language:</source>
        <translation>Хаттама тілі:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Отырыс:</translation>
    </message>
    <message>
        <source>Open session</source>
        <extracomment>an open (public) court session</extracomment>
        <translation>Ашық сот отырысы</translation>
    </message>
    <message>
        <source>Closed session</source>
        <extracomment>a closed court session (in camera)</extracomment>
        <translation>Жабық сот отырысы</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
</context>
<context>
    <name>hattama::ui::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Esc or Ctrl+/ closes this list; the arrow keys and Page Up/Down scroll it.</source>
        <translation>Esc немесе Ctrl+/ бұл тізімді жабады; көрсеткі пернелері мен Page Up/Page Down оны айналдырады.</translation>
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
        <translation>хатшы</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Кілт файлын таңдау</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Кілт файлдары (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>not in the certificate</source>
        <translation>сертификатта көрсетілмеген</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Жарамдылығы басталады</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылығы аяқталады</translation>
    </message>
    <message>
        <source>Signs</source>
        <extracomment>%1 the protocol version's number, %2 the role (secretary or judge)</extracomment>
        <translation>Қол қояды</translation>
    </message>
    <message>
        <source>protocol version %1 as the %2</source>
        <translation>хаттаманың %1-нұсқасына %2 ретінде</translation>
    </message>
    <message>
        <source>Signing: checking the certificate with the certification authority…</source>
        <translation>Қол қойылуда: сертификат куәландырушы орталықта тексерілуде…</translation>
    </message>
    <message>
        <source>Sign the protocol</source>
        <translation>Хаттамаға қол қою</translation>
    </message>
    <message>
        <source>Protocol version %1 will be signed by you as the %2. The signature covers the protocol and the hearing seal, which binds the audio and video recording.</source>
        <extracomment>%1 the protocol version's number, %2 the role (secretary or judge)</extracomment>
        <translation>Сіз хаттаманың %1-нұсқасына %2 ретінде қол қоясыз. Қолтаңба хаттаманы және оған аудио-, бейнежазбаны байланыстыратын отырыс мөрін қамтиды.</translation>
    </message>
    <message>
        <source>The protocol cannot be signed now.</source>
        <translation>Қазір хаттамаға қол қою мүмкін емес.</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12):</source>
        <translation>&amp;Кілт файлы (.p12):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Show the certificate</source>
        <translation>Сертификатты көрсету</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Protocol version %1 is signed as the %2.</source>
        <extracomment>%1 the protocol version's number, %2 the role</extracomment>
        <translation>Хаттаманың %1-нұсқасына %2 ретінде қол қойылды.</translation>
    </message>
    <message>
        <source>Choose your key file first.</source>
        <translation>Алдымен өз кілтіңіздің файлын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>hattama::ui::SpeakerDelegate</name>
    <message>
        <source>(nobody)</source>
        <translation>(ешкім)</translation>
    </message>
</context>
<context>
    <name>hattama::ui::TimelineWidget</name>
    <message>
        <source>Speech per microphone and the entries. Zoom: Ctrl+wheel, + and -.</source>
        <translation>Микрофондар бойынша сөйлеу және жазбалар. Масштаб: Ctrl+дөңгелек, + және -.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The hearings database cannot be opened: %1</source>
        <translation>Отырыстар дерекқорын ашу мүмкін емес: %1</translation>
    </message>
</context>
<context><name>CopyCommand</name><message>
        <source>This copy keeps the closed-session and off-record passages. It is for the court's own archive only and is logged. Type yes to make it: </source>
        <translation>Бұл көшірмеде жабық отырыстың және аудио-, бейнежазбаға жатпайтын үзінділер сақталады. Ол тек соттың өз мұрағатына арналған, берілуі журналға жазылады. Жасау үшін yes деп теріңіз: </translation>
    </message>
    <message>
        <source>Hearing folder (with recording.json) or hearing ID.</source>
        <translation>Отырыс қалтасы (recording.json бар) немесе отырыс идентификаторы.</translation>
    </message>
    <message>
        <source>The copy: a new folder (e.g. on a USB stick), or an ISO image FILE.iso.</source>
        <translation>Көшірме: жаңа қалта (мысалы, USB жинақтағышта) немесе ISO бейнесі ФАЙЛ.iso.</translation>
    </message>
    <message>
        <source>Write the copy onto a blank disc in this drive (e.g. /dev/sr0) and read it back.</source>
        <translation>Көшірмені осы жетектегі таза дискіге (мысалы, /dev/sr0) жазып, тексеру үшін қайта оқу.</translation>
    </message>
    <message>
        <source>Who receives the copy: "NAME, ROLE".</source>
        <translation>Көшірмені кім алады: «ТАӘ, іс жүргізу мәртебесі».</translation>
    </message>
    <message>
        <source>full: every camera as recorded (default); compact: one program video that follows the speaker.</source>
        <translation>full: әр камера жазылғандай (әдепкі); compact: сөйлеушіні қадағалайтын бір бейне.</translation>
    </message>
    <message>
        <source>Keep the closed-session and off-record passages: only for the court's own archive copy (asks, and is logged).</source>
        <translation>Жабық отырыстың және аудио-, бейнежазбаға жатпайтын үзінділерін сақтау: тек соттың мұрағаттық көшірмесі үшін (растауды сұрайды, журналға жазылады).</translation>
    </message>
    <message>
        <source>Confirm --include-sealed without asking.</source>
        <translation>--include-sealed параметрін сұрамай растау.</translation>
    </message>
    <message>
        <source>The issuing secretary's key file: copy.json is signed with it (copy.json.p7s).</source>
        <translation>Көшірмені беретін хатшының кілт файлы: copy.json онымен қол қойылады (copy.json.p7s).</translation>
    </message>
    <message>
        <source>Read the key's password from the first line of FILE (else it is asked on the terminal).</source>
        <translation>Кілттің құпиясөзін ФАЙЛДЫҢ бірінші жолынан оқу (әйтпесе ол терминалда сұралады).</translation>
    </message>
    <message>
        <source>Who issues the copy: "NAME, ROLE" (default: the key's owner, else the user).</source>
        <translation>Көшірмені кім береді: «ТАӘ, лауазымы» (әдепкі: кілт иесі, әйтпесе пайдаланушы).</translation>
    </message>
    <message>
        <source>give exactly one hearing folder or hearing ID</source>
        <translation>дәл бір отырыс қалтасын немесе бір отырыс идентификаторын көрсетіңіз</translation>
    </message>
    <message>
        <source>give either --out DIR|FILE.iso or --burn DEVICE</source>
        <translation>не --out ҚАЛТА|ФАЙЛ.iso, не --burn ҚҰРЫЛҒЫ көрсетіңіз</translation>
    </message>
    <message>
        <source>give who receives the copy with --recipient "NAME, ROLE"</source>
        <translation>көшірме алушыны көрсетіңіз: --recipient «ТАӘ, іс жүргізу мәртебесі»</translation>
    </message>
    <message>
        <source>--profile must be full or compact</source>
        <translation>--profile мәні full немесе compact болуы керек</translation>
    </message>
    <message>
        <source>--password-file goes with --key</source>
        <translation>--password-file параметрі --key параметрімен бірге көрсетіледі</translation>
    </message>
    <message>
        <source>copy: %1 %</source>
        <translation>көшірме: %1 %</translation>
    </message>
    <message>
        <source>Copy written: %1 (%2 files, %3 MB)</source>
        <translation>Көшірме жазылды: %1 (файлдар: %2, %3 МБ)</translation>
    </message>
    <message>
        <source>Left out: %1 – %2 (%3)</source>
        <translation>Енгізілмеді: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>closed session</source>
        <translation>жабық сот отырысы</translation>
    </message>
    <message>
        <source>off the record</source>
        <translation>аудио-, бейнежазбадан тыс</translation>
    </message>
    <message>
        <source>SHA-256 of SHA256SUMS: %1</source>
        <translation>SHA256SUMS файлының SHA-256 мәні: %1</translation>
    </message>
    <message>
        <source>copy.json is not signed (no --key)</source>
        <translation>copy.json қол қойылмаған (--key көрсетілмеген)</translation>
    </message>
</context><context><name>hattama::ui::CopyDialog</name><message>
        <source>Issue copy</source>
        <translation>Көшірме беру</translation>
    </message>
    <message>
        <source>A copy of the hearing in case %1 for a party: it plays in any browser, without a network, and carries the signed protocol. Closed-session passages are left out.</source>
        <translation>%1 іс бойынша отырыстың аудио-, бейнежазбасының тарапқа арналған көшірмесі: кез келген браузерде желісіз ойнатылады және қол қойылған хаттаманы қамтиды. Жабық отырыс үзінділері оған енгізілмейді.</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Алушы:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ТАӘ</translation>
    </message>
    <message>
        <source>Procedural role</source>
        <translation>Іс жүргізу мәртебесі</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>Тасымалдағыш:</translation>
    </message>
    <message>
        <source>Folder or USB stick</source>
        <translation>Қалта немесе USB жинақтағыш</translation>
    </message>
    <message>
        <source>ISO image</source>
        <translation>ISO бейнесі</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Қайда:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Құрамы:</translation>
    </message>
    <message>
        <source>Full: every camera as recorded</source>
        <translation>Толық: барлық камера, жазылғандай</translation>
    </message>
    <message>
        <source>Compact: one video following the speaker</source>
        <translation>Ықшам: сөйлеушіні қадағалайтын бір бейне</translation>
    </message>
    <message>
        <source>Language of the copy:</source>
        <translation>Көшірменің тілі:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Folder or USB stick for the copy</source>
        <translation>Көшірмеге арналған қалта немесе USB жинақтағыш</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Көшірме %1</translation>
    </message>
    <message>
        <source>ISO image of the copy</source>
        <translation>Көшірменің ISO бейнесі</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO бейнелері (*.iso)</translation>
    </message>
    <message>
        <source>Size of the copy: about %1 MB.</source>
        <translation>Көшірменің көлемі: шамамен %1 МБ.</translation>
    </message>
    <message>
        <source>It fits a DVD (4.7 GB); put a blank disc into the drive.</source>
        <translation>Ол DVD дискіге (4,7 ГБ) сыяды; жетекке таза диск салыңыз.</translation>
    </message>
    <message>
        <source>It does not fit a DVD (4.7 GB): use a Blu-ray disc, a USB stick or the compact profile.</source>
        <translation>Ол DVD дискіге (4,7 ГБ) сыймайды: Blu-ray дискіні, USB жинақтағышты немесе ықшам құрамды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Free on the target: %1 MB%2.</source>
        <translation>Тасымалдағышта бос орын: %1 МБ%2.</translation>
    </message>
    <message>
        <source> — not enough, %1 MB needed</source>
        <translation> — жеткіліксіз, %1 МБ қажет</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) left out (closed session, off the record).</source>
        <translation>
            <numerusform>%n үзінді енгізілмеді (жабық отырыс, аудио-, бейнежазбадан тыс).</numerusform>
            <numerusform>%n үзінді енгізілмеді (жабық отырыс, аудио-, бейнежазбадан тыс).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the recipient's name.</source>
        <translation>Алушының ТАӘ көрсетіңіз.</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Көшірме жасалуда…</translation>
    </message>
    <message>
        <source>The copy is ready: %1 (%2 files, %3 MB).</source>
        <translation>Көшірме дайын: %1 (файлдар: %2, %3 МБ).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Болдырмау…</translation>
    </message>
</context></TS>