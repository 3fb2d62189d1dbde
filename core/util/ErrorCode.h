#pragma once

namespace hattama {

// What went wrong, as a stable code: the UI and the command line turn it into text in the
// user's language (ErrorText); logs keep the English message built with it. Each code has
// one exit status (ErrorCatalogue, docs/errors.md). Append new codes; never renumber: the
// names are what docs/errors.md lists and what tests and tools match on.
enum class ErrorCode {
    Generic, // an error without a code of its own: its English message is shown as is

    // Devices (capture, media)
    AudioSystemUnavailable,
    AudioInputMissing, // device
    AudioDefaultInputMissing, //
    AudioInputNotConnected, // device: left out of the recording, the default input used
    ExtraAudioInputNotConnected, // device: left out of the recording
    AudioChannelMissing, // device, channel count, channel
    AudioInputOpenFailed, // device, channels, rate Hz, detail
    AudioInputStartFailed, // device, detail
    AudioInputGivenTwice, // device
    DemoMicrophonesUnplugged, //
    CameraNotConnected, // camera id
    CameraUnavailable, // name, format:url, detail
    CameraNoVideo, // name
    CameraFormatUnsupported, // name
    CameraDecoderFailed, // name, detail
    CameraSpecInvalid, // text
    CameraSpecNoDevice, // text
    FfmpegComponentMissing, // component
    EncoderStartFailed, // encoder, detail
    DisplayUnavailable, // the display setting, e.g. "DISPLAY=:0"

    // Disk and files
    DiskFull, // path
    DiskSpaceTooLow, // folder, free MB, needed MB
    DiskFullStopped, // folder, free MB
    DiskSpaceLow, // folder, hours left
    DiskSpaceUnknown, // folder
    FileUnreadable, // path, detail
    FileUnwritable, // path, detail
    FileMissing, // path
    FileSyncFailed, // path, detail
    FileRenameFailed, // from, to, detail
    FileRemoveFailed, // path
    FolderUncreatable, // folder
    FolderUnreadable, // folder
    FolderUnwritable, // folder
    FolderMissing, // folder
    NotAFolder, // path
    OutOfMemory, // what

    // Recording and its folder
    RecordingExists, // folder
    RecordingInProgress, // folder
    RecoveryWhileRecording, // folder, process id
    NothingToRecord, //
    NotRecording, //
    NotInRecess, //
    NothingToRecover, // folder
    ManifestTorn, // line, manifest path, hearing folder
    ManifestAltered, // detail, manifest path, hearing folder
    SegmentAltered, // detail, hearing folder
    MediaUnreadable, // path, detail
    MediaEmpty, // path
    MediaWriteFailed, // path, detail

    // Database
    DatabaseDriverMissing, // driver, package
    DatabaseServerUnreachable, // name, host, port, user, detail
    DatabaseFileUnopenable, // path, detail
    DatabaseFolderUncreatable, // folder
    DatabaseSetupFailed, // database, detail
    DatabaseNotHattama, // database, detail
    DatabaseSchemaTooNew, // database, its version, newest known version
    DatabaseMigrationFailed, // database, version, detail
    DatabaseQueryFailed, // database, statement, detail
    DatabaseTransactionFailed, // database, detail
    DatabaseCommitFailed, // database, detail
    DatabaseUrlInvalid, // url
    DatabaseUrlNoFile, // url
    DatabaseUrlNoName, // url
    ArchiveNotGiven, //
    AuditLogAltered, // detail, database

    // Hearing import (hearing JSON), each rejection its own code; %1 is the JSON path
    ImportNotJson, // line, offset, detail
    ImportNotObject, //
    ImportFieldMissing, // field, expected type (term)
    ImportFieldType, // field, expected type (term), actual type (term)
    ImportFieldEmpty, // field
    ImportNumberTooSmall, // field, minimum
    ImportBadTime, // field, text
    ImportWrongFormat, // field, expected
    ImportVersionTooNew, // field, newest version read
    ImportUnknownCategory, // field, category
    ImportBadLanguage, // field, language
    ImportUnknownStatus, // field, status
    ImportUnknownRole, // field, role, known roles
    ImportRoleNotOffered, // field, role, category, offered roles
    ImportKeyTaken, // field, key
    ImportUnknownKey, // field, key
    ImportChannelNoLabel, // field
    ImportChannelTwice, // field, channel
    ImportCameraTwice, // field, camera
    ImportUnknownEntryKind, // field, kind
    ImportReadFailed, // path, detail
    ImportNumberTooLarge, // field, maximum
    ImportDuplicateKey, // field
    ImportBadCharacter, // field, code point ("U+0000")
    ImportStringTooLong, // field, limit in characters
    ImportBadHearingId, // field, id
    ImportNotAFile, // path
    ImportFileTooLarge, // path ("(document)" when parsed from memory), limit in bytes

    // Hearings in the database
    HearingNotFound, // id, database
    HearingNoStart, //
    HearingNoCaseNumber, //
    HearingIdUnusable, // id
    HearingIdTaken, // id
    ParticipantNotFound, // hearing id, participant id
    StatusTransitionRefused, // id, from (term), to (term), allowed (terms)
    StatusFinal, // id, from (term), to (term)
    TimelineEntryNotFound, // entry id

    // Protocol
    HearingFolderNotFound, // folder or id
    HearingNotFoundAnywhere, // id, archive folder
    FolderHoldsNoHearing, // folder
    HearingDataNotJson, // path, detail
    HearingDataMissing, // key
    HearingDataBadTime, // key, text
    HearingDataUnknownCategory, // category
    HearingDataParticipantNoName, //
    HearingDataEntryNoTime, // entry number, key
    HearingDataEntryUnknownKind, // entry number, kind
    ProtocolLanguageUnsupported, // language
    CaseCategoryUnknown, // category
    ProtocolBriefNeedsRecording, // hearing id
    ProtocolVersionDamaged, // path, detail
    TemplateSyntax, // template, line, detail
    TemplateUnreadable, // path, detail
    EventTemplatesInvalid, // detail
    ResourceMissing, // resource
    FontMissing, // path, package
    FontUnloadable, // path, package
    PdfFailed, //

    // Recording integrity
    DiskFullClosed, // folder, seconds of the hearing where the recording is closed, segment

    // Review (playback, clip, frame)
    PlaybackNoRecording, // folder
    PlaybackNoSegments, // folder
    PlaybackTimeOutside, // time, hearing start, hearing end
    PlaybackBadTime, // text
    PlaybackSegmentUnreadable, // path, detail
    PlaybackCameraUnknown, // camera, camera count
    PlaybackMicrophoneUnknown, // microphone, microphone count
    PlaybackSpeedOutOfRange, // speed
    ClipEmptyRange, // from, to
    ClipWriteFailed, // path, detail

    // The party's copy: ISO image and disc
    CopyToolMissing, // program, package
    CopyImageFailed, // image path, detail
    CopyBurnFailed, // drive, detail
    CopyVerifyFailed, // drive, detail
    CopyCancelled, // target

    // Electronic signature (core/signature, docs/signature.md)
    KeyFileInvalid, // key file, detail
    KeyPasswordWrong, // key file
    KeyPasswordNotGiven, //
    KeyAlgorithmUnsupported, // key file, algorithm
    CertificateExpired, // signer, valid until
    CertificateNotYetValid, // signer, valid from
    CertificateRevoked, // signer, revoked at, source (OCSP URL or CRL file)
    CertificateUntrusted, // signer, detail, trust folder
    CertificateWrongUsage, // signer
    RevocationUnknown, // signer, detail
    TrustFolderMissing, // folder
    SigningFailed, // detail
    SignatureUnreadable, // file, detail
    ProtocolNotSaved, // hearing folder
    ProtocolFullySigned, // version
    ProtocolNotSignedBySecretary, // version
    ProtocolAlreadySignedAs, // version, role
    ProtocolVersionFrozen, // version
    TimestampFailed, // url, detail

    // Remarks on the protocol (docs/remarks.md)
    RemarksNeedDatabase, // hearing folder
    RemarkNotFound, // number, hearing
    RemarkAlreadyDecided, // number
    RemarksPending, // numbers ("2, 3")
    RemarksNothingToAttach, // hearing
    // The party's copy: the command and its builder (docs/party-copy.md)
    CopyHearingRecording, // hearing folder
    CopyHearingAltered, // hearing folder, detail
    CopyMediaFailed, // file, detail
    CopyTargetExists, // target
    CopySealedNotConfirmed, //
};

constexpr ErrorCode kLastErrorCode = ErrorCode::CopySealedNotConfirmed; // keep at the last code

} // namespace hattama
