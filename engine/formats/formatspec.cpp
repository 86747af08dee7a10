#include "formats/formatspec.h"

#include <QCoreApplication>

namespace es {

namespace {

struct Entry
{
    const char *name;
    const char *description;
};

constexpr Entry kFormats[] = {
    {"combined", QT_TRANSLATE_NOOP("Formats", "Apache/nginx combined: common plus referer and user agent")},
    {"common", QT_TRANSLATE_NOOP("Formats", "NCSA common log format (client, time, request, status, bytes)")},
    {"vhost_combined",
     QT_TRANSLATE_NOOP("Formats", "Apache vhost_combined: combined prefixed by the virtual host")},
    {"combined_extra",
     QT_TRANSLATE_NOOP("Formats", "Combined with extra quoted fields; the first is X-Forwarded-For")},
    {"cloudfront", QT_TRANSLATE_NOOP("Formats", "Amazon CloudFront standard log (W3C, tab-separated)")},
    {"w3c", QT_TRANSLATE_NOOP("Formats", "W3C extended log (IIS and others), columns from #Fields")},
    {"alb", QT_TRANSLATE_NOOP("Formats", "AWS Application or Classic Load Balancer access log")},
    {"s3", QT_TRANSLATE_NOOP("Formats", "Amazon S3 server access log")},
    {"json_access", QT_TRANSLATE_NOOP("Formats", "JSON access log (nginx, Caddy, Traefik, Cloudflare)")},
    {"json_events",
     QT_TRANSLATE_NOOP("Formats", "JSON lines of application events (configurable field names)")},
    {"custom", QT_TRANSLATE_NOOP("Formats", "Custom Apache LogFormat pattern")},
};

} // namespace

QList<FormatInfo> knownFormats()
{
    QList<FormatInfo> list;
    list.reserve(qsizetype(std::size(kFormats)));
    for (const Entry &e : kFormats)
        list.append({QString::fromLatin1(e.name), QCoreApplication::translate("Formats", e.description)});
    return list;
}

bool isKnownFormat(const QString &name)
{
    for (const Entry &e : kFormats) {
        if (name == QLatin1String(e.name))
            return true;
    }
    return false;
}

} // namespace es
