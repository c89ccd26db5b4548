#include "advice/exercise_library.h"

#include "model/strength_session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace stridewell::core {

namespace {

std::optional<int> optionalInt(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    return v.toInt();
}

QStringList strings(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue item : v.toArray())
        list << item.toString();
    return list;
}

Exercise readExercise(const QJsonObject& o)
{
    Exercise e;
    e.id = o.value(QLatin1String("id")).toString();
    e.name = o.value(QLatin1String("name")).toString();
    e.targets = strings(o.value(QLatin1String("targets")));
    e.instructions = o.value(QLatin1String("instructions")).toString();
    e.sets = o.value(QLatin1String("sets")).toInt(1);
    e.reps = optionalInt(o, "reps");
    e.repsMax = optionalInt(o, "reps_max");
    e.holdS = optionalInt(o, "hold_s");
    e.perSide = o.value(QLatin1String("per_side")).toBool();
    e.toFatigue = o.value(QLatin1String("to_fatigue")).toBool();
    e.equipment = strings(o.value(QLatin1String("equipment")));
    e.easier = o.value(QLatin1String("easier")).toString();
    e.harder = o.value(QLatin1String("harder")).toString();
    return e;
}

Circuit readCircuit(const QJsonObject& o)
{
    Circuit c;
    c.id = o.value(QLatin1String("id")).toString();
    c.name = o.value(QLatin1String("name")).toString();
    c.purpose = o.value(QLatin1String("purpose")).toString();
    c.daily = o.value(QLatin1String("daily")).toBool();
    for (const QJsonValue v : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = v.toObject();
        c.items.append({item.value(QLatin1String("exercise")).toString(), optionalInt(item, "sets"),
                        optionalInt(item, "reps"), optionalInt(item, "hold_s"),
                        item.value(QLatin1String("notes")).toString(),
                        item.value(QLatin1String("from_level")).toInt(0)});
    }
    return c;
}

} // namespace

QStringList ExerciseLibrary::knownTargets()
{
    return {QStringLiteral("soleus"), QStringLiteral("gastrocnemius"), QStringLiteral("achilles"),
            QStringLiteral("glutes"), QStringLiteral("foot"),          QStringLiteral("hips"),
            QStringLiteral("calf")};
}

Result<ExerciseLibrary> ExerciseLibrary::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("exercise library: offset %1: %2")
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("exercise library: the top level is not an object"));
    ExerciseLibrary library;
    for (const QJsonValue v : doc.object().value(QLatin1String("exercises")).toArray())
        library.m_exercises << readExercise(v.toObject());
    for (const QJsonValue v : doc.object().value(QLatin1String("circuits")).toArray())
        library.m_circuits << readCircuit(v.toObject());
    if (Status ok = library.check(); !ok)
        return ok.error();
    return library;
}

Status ExerciseLibrary::check() const
{
    QSet<QString> ids;
    const QStringList targets = knownTargets();
    for (const Exercise& e : m_exercises) {
        if (e.id.isEmpty() || e.name.isEmpty() || e.instructions.isEmpty())
            return fail(QStringLiteral("exercise library: an exercise lacks an id, name or "
                                       "instructions (\"%1\")")
                            .arg(e.id));
        if (ids.contains(e.id))
            return fail(QStringLiteral("exercise library: \"%1\" appears twice").arg(e.id));
        ids.insert(e.id);
        if (e.targets.isEmpty())
            return fail(QStringLiteral("exercise library: %1: no target").arg(e.id));
        for (const QString& t : e.targets)
            if (!targets.contains(t))
                return fail(
                    QStringLiteral("exercise library: %1: unknown target \"%2\"").arg(e.id, t));
        if (e.sets < 1 || (e.reps && *e.reps < 1) || (e.holdS && *e.holdS < 1) ||
            (e.repsMax && (!e.reps || *e.repsMax < *e.reps)))
            return fail(
                QStringLiteral("exercise library: %1: sets, reps or hold out of range").arg(e.id));
    }
    for (const Exercise& e : m_exercises)
        for (const QString& variant : {e.easier, e.harder})
            if (!variant.isEmpty() && !ids.contains(variant))
                return fail(QStringLiteral("exercise library: %1: variant \"%2\" does not exist")
                                .arg(e.id, variant));
    QSet<QString> circuitIds;
    for (const Circuit& c : m_circuits) {
        if (!knownCircuitIds().contains(c.id))
            return fail(QStringLiteral("exercise library: unknown circuit \"%1\"").arg(c.id));
        circuitIds.insert(c.id);
        if (c.items.isEmpty())
            return fail(QStringLiteral("exercise library: circuit %1 is empty").arg(c.id));
        for (const CircuitItem& item : c.items)
            if (!ids.contains(item.exerciseId))
                return fail(QStringLiteral("exercise library: circuit %1: no exercise \"%2\"")
                                .arg(c.id, item.exerciseId));
    }
    for (const QString& id : knownCircuitIds())
        if (!circuitIds.contains(id))
            return fail(QStringLiteral("exercise library: circuit \"%1\" is missing").arg(id));
    return Ok{};
}

const ExerciseLibrary& ExerciseLibrary::builtIn()
{
    static const ExerciseLibrary library = [] {
        QFile file(QStringLiteral(":/stridewell/exercises.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the exercise library resource is missing from this build");
        auto loaded = fromJson(file.readAll());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.message()));
        return std::move(loaded).value();
    }();
    return library;
}

const Exercise* ExerciseLibrary::exercise(const QString& id) const
{
    for (const Exercise& e : m_exercises)
        if (e.id == id)
            return &e;
    return nullptr;
}

const Circuit* ExerciseLibrary::circuit(const QString& id) const
{
    for (const Circuit& c : m_circuits)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Exercise* ExerciseLibrary::variant(const QString& id, int steps, int* taken) const
{
    const Exercise* current = exercise(id);
    int done = 0;
    // The chain is short; the bound also stops a cycle a hand-edited file might hold.
    while (current && done != steps && std::abs(done) < 8) {
        const QString next = steps > 0 ? current->harder : current->easier;
        const Exercise* step = next.isEmpty() ? nullptr : exercise(next);
        if (!step)
            break;
        current = step;
        done += steps > 0 ? 1 : -1;
    }
    if (taken)
        *taken = done;
    return current;
}

} // namespace stridewell::core
