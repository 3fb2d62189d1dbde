<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <source>Run &apos;hattama %1 --help&apos; for details.</source>
        <translation>Толығырақ: &apos;hattama %1 --help&apos;.</translation>
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
        <translation>Ақаудан немесе электр қуаты өшуінен үзілген отырыс жазбасын аяқтау.</translation>
    </message>
    <message>
        <source>Check a hearing folder: the media hash chain, then the signatures.</source>
        <translation>Отырыс қалтасын тексеру: жазбаның хэш тізбегін, содан кейін қолтаңбаларды.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>%1 параметріне мән қажет</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use ru, kk or en</source>
        <translation>белгісіз тіл &apos;%1&apos;: ru, kk немесе en көрсетіңіз</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>белгісіз параметр &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>белгісіз команда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>артық аргумент &apos;%1&apos;</translation>
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
        <source>Show this help; &apos;hattama COMMAND --help&apos; for a command.</source>
        <translation>Осы анықтаманы көрсету; команда бойынша: &apos;hattama КОМАНДА --help&apos;.</translation>
    </message>
    <message>
        <source>Show the version and the library versions in use.</source>
        <translation>Бағдарлама мен қолданылатын кітапханалардың нұсқасын көрсету.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 environment error.</source>
        <translation>Аяқталу кодтары: 0 — сәтті, 1 — операция орындалмады, 2 — командадағы қате, 3 — орта қатесі.</translation>
    </message>
    <message>
        <source>Run &apos;hattama --help&apos; for the commands and options.</source>
        <translation>Командалар мен параметрлер: &apos;hattama --help&apos;.</translation>
    </message>
    <message>
        <source>hattama %1: this command is not built yet in version %2.</source>
        <translation>hattama %1: %2 нұсқасында бұл команда әлі іске асырылмаған.</translation>
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
        <translation>Жазба жазылатын сот отырысының қалтасы.</translation>
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
        <source>Audio input: index or part of the name (see &apos;hattama devices&apos;).</source>
        <translation>Аудиокіріс: нөмірі немесе атауының бір бөлігі (&apos;hattama devices&apos; қараңыз).</translation>
    </message>
    <message>
        <source>Channels to record, e.g. 1-4 or 1=Judge,2=Prosecutor.</source>
        <translation>Жазылатын арналар, мысалы 1-4 немесе 1=Судья,2=Прокурор.</translation>
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
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>күтілмеген аргумент &apos;%1&apos;</translation>
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
        <source>x264 preset (default superfast).</source>
        <translation>x264 алдын ала баптауы (әдепкі superfast).</translation>
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
    <name>hattama::ui::HearingsPanel</name>
    <message>
        <source>Today&apos;s hearings</source>
        <translation>Бүгінгі сот отырыстары</translation>
    </message>
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
        <source>Free space: %1</source>
        <translation>Бос орын: %1</translation>
    </message>
</context>
</TS>
