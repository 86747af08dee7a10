#include "formats/formatregistry.h"

#include "formats/albparser.h"
#include "formats/clfparser.h"
#include "formats/customformatparser.h"
#include "formats/jsonaccessparser.h"
#include "formats/jsoneventparser.h"
#include "formats/s3parser.h"
#include "formats/w3cparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace es {

namespace {

class FormatsText
{
    Q_DECLARE_TR_FUNCTIONS(Formats)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString knownNames()
{
    QStringList names;
    for (const FormatInfo &info : knownFormats())
        names << info.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

bool localZoneFor(const QString &timeZone, LocalZone &zone)
{
    const QString tz = timeZone.trimmed();
    if (tz.isEmpty() || tz == QLatin1String("UTC") || tz == QLatin1String("Z")) {
        zone = LocalZone::utc();
        return true;
    }
    static const QRegularExpression offset(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    const QRegularExpressionMatch m = offset.match(tz);
    if (m.hasMatch()) {
        const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
        zone = LocalZone::fixed(m.captured(1) == QLatin1String("-") ? -minutes : minutes);
        return true;
    }
    const QTimeZone qtz(tz.toUtf8());
    if (!qtz.isValid())
        return false;
    zone = LocalZone::fromTimeZone(qtz);
    return true;
}

std::unique_ptr<LineParser> makeParser(const FormatSpec &spec, QString *error)
{
    LocalZone zone;
    if (!localZoneFor(spec.timeZone, zone)) {
        setError(error, FormatsText::tr("unknown time zone \"%1\"").arg(spec.timeZone));
        return nullptr;
    }
    const QString &name = spec.name;
    if (name == QLatin1String("combined"))
        return std::make_unique<ClfParser>(ClfParser::Variant::Combined);
    if (name == QLatin1String("common"))
        return std::make_unique<ClfParser>(ClfParser::Variant::Common);
    if (name == QLatin1String("vhost_combined"))
        return std::make_unique<ClfParser>(ClfParser::Variant::VhostCombined);
    if (name == QLatin1String("combined_extra"))
        return std::make_unique<ClfParser>(ClfParser::Variant::CombinedExtra);
    if (name == QLatin1String("cloudfront"))
        return std::make_unique<W3cParser>(W3cParser::Flavor::CloudFront, zone);
    if (name == QLatin1String("w3c"))
        return std::make_unique<W3cParser>(W3cParser::Flavor::W3c, zone);
    if (name == QLatin1String("alb"))
        return std::make_unique<AlbParser>();
    if (name == QLatin1String("s3"))
        return std::make_unique<S3Parser>();
    if (name == QLatin1String("json_access"))
        return std::make_unique<JsonAccessParser>(zone);
    if (name == QLatin1String("json_events")) {
        if (spec.jsonFields.eventType.trimmed().isEmpty() || spec.jsonFields.ts.trimmed().isEmpty()) {
            setError(error,
                     FormatsText::tr("JSON events need the names of the event type and timestamp fields"));
            return nullptr;
        }
        return std::make_unique<JsonEventParser>(spec.jsonFields, zone);
    }
    if (name == QLatin1String("custom")) {
        QString why;
        auto parser = CustomFormatParser::create(spec.custom, zone, &why);
        if (!parser)
            setError(error, why);
        return parser;
    }
    if (name == QLatin1String("auto"))
        setError(error, FormatsText::tr("the format is \"auto\": detect it before creating a parser"));
    else
        setError(error, FormatsText::tr("unknown format \"%1\"; known formats: %2").arg(name, knownNames()));
    return nullptr;
}

FormatSpec parseFormatArgument(const QString &arg, QString *error)
{
    FormatSpec spec;
    const qsizetype colon = arg.indexOf(QLatin1Char(':'));
    const QString name = (colon < 0 ? arg : arg.left(colon)).trimmed().toLower();
    const QString rest = colon < 0 ? QString() : arg.mid(colon + 1);
    spec.name = name;
    if (name == QLatin1String("auto"))
        return spec;
    if (!isKnownFormat(name)) {
        setError(error, FormatsText::tr("unknown format \"%1\"; known formats: %2").arg(name, knownNames()));
        return {};
    }
    if (name == QLatin1String("custom")) {
        if (rest.trimmed().isEmpty()) {
            setError(error, FormatsText::tr(
                                "custom needs a LogFormat pattern, e.g. custom:%h %l %u %t \"%r\" %>s %b"));
            return {};
        }
        spec.custom = rest;
        QString why;
        if (!CustomFormatParser::create(rest, LocalZone::utc(), &why)) {
            setError(error, why);
            return {};
        }
        return spec;
    }
    if (name == QLatin1String("json_events") && !rest.trimmed().isEmpty()) {
        const QStringList pairs = rest.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = pair.left(eq).trimmed();
            const QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
            QString *target = key == QLatin1String("event_type")   ? &spec.jsonFields.eventType
                              : key == QLatin1String("ts")         ? &spec.jsonFields.ts
                              : key == QLatin1String("user_id")    ? &spec.jsonFields.userId
                              : key == QLatin1String("session_id") ? &spec.jsonFields.sessionId
                              : key == QLatin1String("params")     ? &spec.jsonFields.params
                                                                   : nullptr;
            if (eq < 0 || !target) {
                setError(error, FormatsText::tr(
                                    "bad JSON field mapping \"%1\"; expected event_type=, ts=, user_id=, "
                                    "session_id= or params=")
                                    .arg(pair));
                return {};
            }
            *target = value;
        }
        return spec;
    }
    if (!rest.isEmpty()) {
        setError(error, FormatsText::tr("format \"%1\" takes no argument").arg(name));
        return {};
    }
    return spec;
}

QString storedLineFormat(const QString &checkpointFormat)
{
    if (checkpointFormat.startsWith(QLatin1String("envelope=")))
        return checkpointFormat.mid(checkpointFormat.indexOf(QLatin1Char(';')) + 1);
    return checkpointFormat;
}

QString formatArgument(const FormatSpec &spec)
{
    if (spec.name == QLatin1String("custom"))
        return QStringLiteral("custom:") + spec.custom;
    if (spec.name == QLatin1String("json_events") && spec.jsonFields != JsonFieldMap()) {
        const JsonFieldMap &f = spec.jsonFields;
        return QStringLiteral("json_events:event_type=%1,ts=%2,user_id=%3,session_id=%4,params=%5")
            .arg(f.eventType, f.ts, f.userId, f.sessionId, f.params);
    }
    return spec.name;
}

} // namespace es
