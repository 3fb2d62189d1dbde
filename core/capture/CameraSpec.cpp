#include "capture/CameraSpec.h"

#include <algorithm>

namespace hattama {

namespace {
QString escapeDrawtext(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\\\\\"));
    text.replace(QLatin1Char('\''), QString());
    text.replace(QLatin1Char(':'), QStringLiteral("\\\\:"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\\\%"));
    return text;
}
} // namespace

CameraSpec CameraSpec::demoCamera(
    int index1Based, int widthPx, int heightPx, int frameRate, qint64 hearingOffsetMs, const QString &name)
{
    CameraSpec spec;
    spec.name = name.isEmpty() ? QStringLiteral("Camera %1").arg(index1Based) : name;
    spec.inputFormat = QStringLiteral("lavfi");
    spec.demo = true;
    spec.widthPx = widthPx;
    spec.heightPx = heightPx;
    spec.frameRate = frameRate;
    QString graph = QStringLiteral("testsrc2=size=%1x%2:rate=%3").arg(widthPx).arg(heightPx).arg(frameRate);
    const QString font = platformFontFile();
    if (!font.isEmpty()) {
        const int fontSize = std::max(16, heightPx / 16);
        graph += QStringLiteral(",drawtext=fontfile=%1:text='%2  %{pts\\:hms\\:%3}':x=w-tw-%4:y=%4:fontsize=%5:"
                                "fontcolor=white:box=1:boxcolor=black@0.6")
                     .arg(font, escapeDrawtext(spec.name))
                     .arg(static_cast<double>(hearingOffsetMs) / 1000.0, 0, 'f', 3)
                     .arg(fontSize / 2)
                     .arg(fontSize);
    }
    graph += QStringLiteral(",drawbox=c=white:t=fill:enable='eq(mod(n\\,%1)\\,0)'").arg(frameRate);
    spec.url = graph;
    return spec;
}

Result<CameraSpec> CameraSpec::parse(const QString &text, int index1Based, int widthPx, int heightPx, int frameRate)
{
    QString rest = text.trimmed();
    QString name;
    const qsizetype eq = rest.indexOf(QLatin1Char('='));
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (eq > 0 && (colon < 0 || eq < colon)) {
        name = rest.left(eq).trimmed();
        rest = rest.mid(eq + 1).trimmed();
    }
    CameraSpec spec;
    if (rest == QLatin1String("demo")) {
        spec = demoCamera(index1Based, widthPx, heightPx, frameRate, 0, name);
    } else if (rest.startsWith(QLatin1String("lavfi:"))) {
        spec.inputFormat = QStringLiteral("lavfi");
        spec.url = rest.mid(6);
    } else if (rest.startsWith(QLatin1String("v4l2:")) || rest.startsWith(QLatin1String("dshow:"))) {
        spec.inputFormat = rest.section(QLatin1Char(':'), 0, 0);
        spec.url = rest.section(QLatin1Char(':'), 1);
    } else if (!rest.isEmpty() && !rest.contains(QLatin1Char(':'))) {
        spec.inputFormat = platformInputFormat();
        spec.url = rest;
    } else {
        return Error::of(ErrorCode::CameraSpecInvalid, { text });
    }
    if (spec.url.isEmpty())
        return Error::of(ErrorCode::CameraSpecNoDevice, { text });
    spec.widthPx = widthPx;
    spec.heightPx = heightPx;
    spec.frameRate = frameRate;
    if (!name.isEmpty())
        spec.name = name;
    else if (spec.name.isEmpty())
        spec.name = QStringLiteral("Camera %1").arg(index1Based);
    return spec;
}

} // namespace hattama
