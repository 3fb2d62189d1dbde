// The «Sign…» dialog and the signature badges, offscreen, with the fixture's keys and OCSP
// responder: a wrong password is said and writes nothing; the secretary and then the judge sign
// through the dialog (signing runs on its own thread); the stock `openssl cms -verify` accepts
// the protocol and the seal; the badges of the protocol window and the hearings list name both
// signers; an expired and a revoked certificate are refused with their reason.
#include "SignatureFixture.h"

#include "IntegrityFixture.h"
#include "TestSupport.h"

#include "hearings/HearingsPanel.h"
#include "protocol/ProtocolWindow.h"
#include "protocol/SignDialog.h"

#include "signature/SignatureSettings.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/ErrorCode.h"
#include "util/SystemConfig.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace hattama;
using namespace hattama::test;
using hattama::ui::HearingsPanel;
using hattama::ui::ProtocolWindow;
using hattama::ui::SignDialog;

namespace {

QString signedFile(const QString &hearing, const QString &name)
{
    return QDir(hearing).filePath(QStringLiteral("signature/v0001/") + name);
}

int auditRows(Database &db, const QString &action)
{
    auto rows = db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), { action });
    REQUIRE(rows.ok());
    REQUIRE(rows->next());
    return rows->value(0).toInt();
}

bool waitProcessing(const std::function<bool()> &condition)
{
    return waitUntil(condition, 120'000, [] { QCoreApplication::processEvents(); });
}

// Drives one dialog: key file and password typed, the certificate read, then (when asked) signed.
// Returns whether a signature was made; the dialog is left for the caller to inspect.
bool signWith(SignDialog &dialog, const QString &keyFile, const QString &password)
{
    dialog.keyFileEdit()->setText(keyFile);
    dialog.passwordEdit()->setText(password);
    dialog.readKeyButton()->click();
    if (!dialog.signButton()->isEnabled())
        return false;
    bool finished = false;
    bool ok = false;
    QObject::connect(&dialog, &SignDialog::signingFinished, [&](bool result) {
        finished = true;
        ok = result;
    });
    dialog.signButton()->click();
    CHECK(dialog.isSigning()); // the GUI thread is free while the thread signs
    CHECK(dialog.busyIndicator()->isVisibleTo(&dialog));
    REQUIRE(waitProcessing([&] { return finished; }));
    CHECK_FALSE(dialog.isSigning());
    return ok;
}

struct Archive {
    QTemporaryDir dir;
    QProcessEnvironment env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    QString archiveDir = dir.filePath(QStringLiteral("archive"));
    QString id = makeArchiveHearing(archiveDir, dir.path(), env);
    QString hearing = QDir(archiveDir).filePath(id);
    std::unique_ptr<Database> db;

    Archive()
    {
        auto opened = Database::open(QString(), archiveDir);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        // The trusted folder as court IT sets it for every user (SignatureSettings' step 3).
        QSettings().remove(QString::fromLatin1(signature::SignatureSettings::kUserTrustDir));
        QSettings().setValue(QString::fromLatin1(SystemConfig::kTrustedCaDir), SignatureFixture::instance().trustDir());
    }
    ~Archive() { QSettings().remove(QString::fromLatin1(SystemConfig::kTrustedCaDir)); }
};

} // namespace

TEST_CASE("the Sign dialog: wrong password, the secretary then the judge, badges, stock openssl")
{
    SignatureFixture &pki = SignatureFixture::instance();
    REQUIRE(pki.startOcsp());
    Archive a;

    ProtocolWindow window(*a.db, a.archiveDir);
    REQUIRE(window.open(a.id).ok());
    window.show();
    REQUIRE(window.signAction());
    CHECK(window.signAction()->isEnabled());
    CHECK_FALSE(window.signatureBadge()->isVisible());

    // The action opens the dialog (modal); closing it changes nothing.
    bool opened = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<SignDialog *>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    window.signAction()->trigger();
    CHECK(opened);

    {
        INFO("a wrong password is said, and nothing but the failed attempt's audit row is written");
        SignDialog dialog(*a.db, a.archiveDir, a.id);
        dialog.show();
        REQUIRE(dialog.plan());
        CHECK(dialog.plan()->role == signature::SigningRole::Secretary);
        CHECK_FALSE(signWith(dialog, pki.keyFile(QStringLiteral("secretary")), QStringLiteral("not the password")));
        CHECK(dialog.messageLabel()->isVisibleTo(&dialog));
        CHECK(dialog.messageLabel()->text().contains(QStringLiteral("password")));
        CHECK(dialog.messageLabel()->text().contains(QFileInfo(pki.keyFile(QStringLiteral("secretary"))).fileName()));
        CHECK_FALSE(dialog.certificateLabel()->isVisibleTo(&dialog));
        CHECK_FALSE(QFileInfo::exists(QDir(a.hearing).filePath(QStringLiteral("signature"))));
        CHECK(auditRows(*a.db, QStringLiteral("protocol.sign_failed")) == 1);
    }
    {
        INFO("the secretary signs first");
        SignDialog dialog(*a.db, a.archiveDir, a.id);
        dialog.show();
        dialog.keyFileEdit()->setText(pki.keyFile(QStringLiteral("secretary")));
        dialog.passwordEdit()->setText(pki.password());
        // Enter in the password field shows the certificate and signs nothing: signing takes
        // a second confirmation.
        dialog.passwordEdit()->setFocus();
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        REQUIRE(dialog.certificateLabel()->isVisibleTo(&dialog));
        CHECK_FALSE(dialog.isSigning());
        CHECK_FALSE(QFileInfo::exists(QDir(a.hearing).filePath(QStringLiteral("signature"))));
        CHECK(dialog.signButton()->isEnabled());
        CHECK(dialog.signButton()->isDefault());
        const QString shown = dialog.certificateLabel()->text();
        INFO(shown.toStdString());
        CHECK(shown.contains(QStringLiteral("АХМЕТОВА")));
        CHECK(shown.contains(QStringLiteral("850101400123")));
        CHECK(shown.contains(QStringLiteral("(RSA) TEST")));
        CHECK(shown.contains(QStringLiteral("secretary")));
        REQUIRE(signWith(dialog, pki.keyFile(QStringLiteral("secretary")), pki.password()));
        REQUIRE(dialog.result());
        CHECK(dialog.result()->role == signature::SigningRole::Secretary);
        CHECK(signerCount(signedFile(a.hearing, QStringLiteral("protocol.pdf.p7s"))) == 1);
        auto record = HearingRepository(*a.db).load(a.id);
        REQUIRE(record.ok());
        CHECK(record->hearing.status == HearingStatus::Ended); // the secretary's is not the last step
    }
    {
        INFO("the judge signs second: the hearing's last workflow step");
        SignDialog dialog(*a.db, a.archiveDir, a.id);
        dialog.show();
        REQUIRE(dialog.plan());
        CHECK(dialog.plan()->role == signature::SigningRole::Judge);
        // The key file opened last time is offered again (per user, QSettings).
        CHECK(dialog.keyFileEdit()->text() == pki.keyFile(QStringLiteral("secretary")));
        REQUIRE(signWith(dialog, pki.keyFile(QStringLiteral("judge")), pki.password()));
        auto record = HearingRepository(*a.db).load(a.id);
        REQUIRE(record.ok());
        CHECK(record->hearing.status == HearingStatus::Signed);
    }
    CHECK(auditRows(*a.db, QStringLiteral("protocol.sign")) == 2);
    CHECK(auditRows(*a.db, QStringLiteral("protocol.sign_failed")) == 1);

    // Anyone can check it with the stock command docs/signature.md gives.
    for (const QString &name : { QStringLiteral("protocol.pdf"), QStringLiteral("seal.json") }) {
        QString output;
        const bool verified = stockOpensslVerifies(
            signedFile(a.hearing, name + QStringLiteral(".p7s")), signedFile(a.hearing, name), pki.caFile(), &output);
        INFO(name.toStdString() << ": " << output.toStdString());
        CHECK(verified);
        CHECK(signerCount(signedFile(a.hearing, name + QStringLiteral(".p7s"))) == 2);
    }

    // The signed protocol is PDF/A-1b (XMP pdfaid part 1, conformance B) with every font
    // embedded, as pdffonts reads it.
    const QByteArray signedPdf = readAll(signedFile(a.hearing, QStringLiteral("protocol.pdf")));
    CHECK(signedPdf.contains("pdfaid:part=\"1\""));
    CHECK(signedPdf.contains("pdfaid:conformance=\"B\""));
    CHECK(signedPdf.contains("GTS_PDFA1"));
    const auto fonts = runProgram(QStringLiteral("pdffonts"), { signedFile(a.hearing, QStringLiteral("protocol.pdf")) });
    REQUIRE(fonts.exitCode == 0);
    const QStringList fontRows = fonts.out.trimmed().split(QLatin1Char('\n')).mid(2);
    INFO(fonts.out.toStdString());
    REQUIRE_FALSE(fontRows.isEmpty());
    for (const QString &row : fontRows) {
        // … emb sub uni object-number generation: "emb" is the fifth field from the end.
        const QStringList fields = row.simplified().split(QLatin1Char(' '));
        REQUIRE(fields.size() >= 6);
        CHECK(fields.at(fields.size() - 5) == QStringLiteral("yes"));
    }

    // The badges: the protocol window (checked off the GUI thread) and the hearings list.
    bool checked = false;
    QObject::connect(&window, &ProtocolWindow::signaturesChecked, [&] { checked = true; });
    window.refreshSignatures();
    REQUIRE(waitProcessing([&] { return checked; }));
    REQUIRE(window.signatureBadge()->isVisible());
    const QString badge = window.signatureBadge()->text();
    INFO(badge.toStdString());
    CHECK(badge.contains(QStringLiteral("АХМЕТОВА")));
    CHECK(badge.contains(QStringLiteral("ИВАНОВ")));
    CHECK(badge.contains(QStringLiteral("valid")));
    CHECK_FALSE(badge.contains(QStringLiteral("NOT valid")));

    HearingsPanel panel;
    panel.setArchiveDir(a.archiveDir);
    bool listed = false;
    QObject::connect(&panel, &HearingsPanel::signaturesChecked, [&] { listed = true; });
    auto hearings = HearingRepository(*a.db).list();
    REQUIRE(hearings.ok());
    panel.setHearings(*hearings);
    REQUIRE(waitProcessing([&] { return listed; }));
    REQUIRE(panel.view()->topLevelItemCount() == 1);
    const QString column = panel.view()->topLevelItem(0)->text(HearingsPanel::kSignatureColumn);
    INFO(column.toStdString());
    CHECK(column.contains(QStringLiteral("✔")));
    CHECK(column.contains(QStringLiteral("secretary")));
    CHECK(column.contains(QStringLiteral("judge")));

    // One byte of the signed PDF changed: the badge says the signature does not hold.
    const QString pdf = signedFile(a.hearing, QStringLiteral("protocol.pdf"));
    const QByteArray original = readAll(pdf);
    QByteArray changed = original;
    changed[changed.size() / 2] = static_cast<char>(changed.at(changed.size() / 2) ^ 0x01);
    writeAll(pdf, changed);
    checked = false;
    window.refreshSignatures();
    REQUIRE(waitProcessing([&] { return checked; }));
    CHECK(window.signatureBadge()->text().contains(QStringLiteral("NOT valid")));
    writeAll(pdf, original);
}

TEST_CASE("the Sign dialog refuses an expired and a revoked certificate with the reason")
{
    SignatureFixture &pki = SignatureFixture::instance();
    REQUIRE(pki.startOcsp());
    Archive a;
    for (const auto &[key, reason] : { std::pair { QStringLiteral("expired"), QStringLiteral("expired") },
             std::pair { QStringLiteral("revoked"), QStringLiteral("revoked") } }) {
        INFO(key.toStdString());
        SignDialog dialog(*a.db, a.archiveDir, a.id);
        dialog.show();
        CHECK_FALSE(signWith(dialog, pki.keyFile(key), pki.password()));
        INFO(dialog.messageLabel()->text().toStdString());
        CHECK(dialog.messageLabel()->text().contains(reason, Qt::CaseInsensitive));
        CHECK_FALSE(dialog.result());
        CHECK_FALSE(QFileInfo::exists(QDir(a.hearing).filePath(QStringLiteral("signature"))));
    }
    CHECK(auditRows(*a.db, QStringLiteral("protocol.sign_failed")) == 2);
    CHECK(auditRows(*a.db, QStringLiteral("protocol.sign")) == 0);
}
