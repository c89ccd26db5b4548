#include "import/import_plan.h"

#include "import/archive.h"
#include "import/file_access.h"
#include "import/file_formats.h"

#include <QBuffer>
#include <memory>

namespace stridewell::core {

namespace {

constexpr int kMaxArchiveDepth = 3;

bool isZip(const QString& name)
{
    return name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

// A group of files with paths relative to a root (a folder or an archive), before they become
// items: lets an export be recognised from its layout the same way on disk and in a zip.
struct Member
{
    QString relative; // '/' separated, below the group's root
    QString name;     // for messages
    std::function<Result<QByteArray>()> load;
    QDateTime modified;
};

// activities.csv at the root or one folder down ("export_12345/activities.csv").
const Member* findStravaIndex(const std::vector<Member>& members, QString& prefix)
{
    for (const Member& m : members) {
        const QString rel = m.relative.toLower();
        const qsizetype slash = rel.indexOf(QLatin1Char('/'));
        if (rel == QLatin1String("activities.csv") ||
            (slash >= 0 && rel.mid(slash + 1) == QLatin1String("activities.csv"))) {
            prefix = slash >= 0 && rel != QLatin1String("activities.csv")
                         ? m.relative.left(slash + 1)
                         : QString();
            return &m;
        }
    }
    return nullptr;
}

void expandGroup(std::vector<Member> members, std::vector<ImportItem>& items, int depth);

void expandZip(const QString& name, const std::function<Result<std::unique_ptr<QIODevice>>()>& open,
               std::vector<ImportItem>& items, int depth)
{
    auto failed = [&](const QString& message) {
        ImportItem item;
        item.name = name;
        item.load = [message]() -> Result<QByteArray> { return fail(message); };
        items.push_back(std::move(item));
    };
    if (depth > kMaxArchiveDepth) {
        failed(QStringLiteral("%1: archives nested more than %2 deep").arg(name).arg(depth - 1));
        return;
    }
    auto device = open();
    if (!device) {
        failed(device.message());
        return;
    }
    auto opened = ZipArchive::open(std::move(*device), name);
    if (!opened) {
        failed(opened.message());
        return;
    }
    std::shared_ptr<ZipArchive> zip(std::move(*opened));
    std::vector<Member> members;
    for (const ZipArchive::Entry& e : zip->entries()) {
        if (!ImportPlan::isImportable(e.name) &&
            !e.name.endsWith(QLatin1String("activities.csv"), Qt::CaseInsensitive))
            continue;
        members.push_back({e.name, name + QLatin1Char('/') + e.name,
                           [zip, e] { return zip->read(e, ImportPlan::kMaxFileBytes); },
                           e.modified});
    }
    expandGroup(std::move(members), items, depth);
}

void expandGroup(std::vector<Member> members, std::vector<ImportItem>& items, int depth)
{
    QString prefix;
    QHash<QString, strava::Overlay> overlays;
    const Member* index = findStravaIndex(members, prefix);
    if (index) {
        if (auto csv = index->load())
            overlays = strava::readOverlays(*csv, index->name);
    }
    QSet<QString> present;
    if (!overlays.isEmpty())
        for (const Member& m : members)
            if (m.relative.startsWith(prefix) &&
                overlays.contains(m.relative.mid(prefix.size()).toLower()))
                present.insert(m.relative.mid(prefix.size()).toLower());

    for (Member& m : members) {
        // In a Strava export only the activity files and their index are activities (routes/,
        // and the other CSVs - comments, shoes, profile - are not).
        if (index && &m != index &&
            !m.relative.mid(prefix.size())
                 .startsWith(QLatin1String("activities/"), Qt::CaseInsensitive))
            continue;
        if (isZip(m.relative)) {
            auto load = m.load;
            expandZip(
                m.name,
                [load]() -> Result<std::unique_ptr<QIODevice>> {
                    auto bytes = load();
                    if (!bytes)
                        return bytes.error();
                    auto buffer = std::make_unique<QBuffer>();
                    buffer->setData(*bytes); // takes a const&: the bytes are shared, not copied
                    buffer->open(QIODevice::ReadOnly);
                    return std::unique_ptr<QIODevice>(std::move(buffer));
                },
                items, depth + 1);
            continue;
        }
        ImportItem item;
        item.name = m.name;
        item.load = std::move(m.load);
        item.modified = m.modified;
        if (&m == index && !overlays.isEmpty()) {
            item.stravaFilesPresent = present;
        } else if (!overlays.isEmpty() && m.relative.startsWith(prefix)) {
            const auto it = overlays.constFind(m.relative.mid(prefix.size()).toLower());
            if (it != overlays.constEnd())
                item.strava = *it;
        }
        items.push_back(std::move(item));
    }
}

Result<QByteArray> loadFile(const QString& path)
{
    return file_access::readFile(path, ImportPlan::kMaxFileBytes);
}

} // namespace

bool ImportPlan::isImportable(const QString& name)
{
    return formatForFileName(name) != nullptr || isZip(name);
}

std::vector<ImportItem> ImportPlan::expand(const QStringList& paths)
{
    std::vector<ImportItem> items;
    for (const QString& path : paths) {
        if (file_access::isDirectory(path)) {
            QString root = path;
            while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
                root.chop(1);
            std::vector<Member> members;
            for (const QString& file : file_access::listFiles(root)) {
                const QString relative = file.mid(root.size() + 1);
                if (!isImportable(relative) &&
                    relative.compare(QLatin1String("activities.csv"), Qt::CaseInsensitive) != 0)
                    continue;
                members.push_back({relative, file, [file] { return loadFile(file); },
                                   file_access::modifiedUtc(file)});
            }
            expandGroup(std::move(members), items, 0);
        } else if (isZip(path)) {
            expandZip(
                path, [path] { return file_access::openFile(path); }, items, 1);
        } else {
            ImportItem item;
            item.name = path;
            item.load = [path] { return loadFile(path); };
            item.modified = file_access::modifiedUtc(path);
            items.push_back(std::move(item));
        }
    }
    return items;
}

} // namespace stridewell::core
