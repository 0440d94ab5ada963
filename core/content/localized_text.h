#pragma once

#include <QString>

namespace lots {

// Who an item applies to: adults, children (under 18) or both.
enum class AppliesTo { Adult, Child, Both };

// A text in Swedish and English. text("sv") / text("en"); an empty or unknown language
// falls back to the other one, so a caller always gets something to show.
struct LocalizedText {
    QString sv;
    QString en;

    QString text(QStringView language) const;
    bool isComplete() const { return !sv.isEmpty() && !en.isEmpty(); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

// Result of loading a content pack: the pack, or a translated message naming the item
// and the problem.
template <typename T> class ContentResult {
public:
    static ContentResult success(T value) {
        ContentResult r;
        r.m_value = std::move(value);
        r.m_ok = true;
        return r;
    }
    static ContentResult failure(QString error) {
        ContentResult r;
        r.m_error = std::move(error);
        return r;
    }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const QString &error() const { return m_error; }

private:
    T m_value{};
    QString m_error;
    bool m_ok = false;
};

// The resource paths of the shipped packs.
namespace content_resources {
inline QString indicators() {
    return QStringLiteral(":/lots/content/indicators.json");
}
inline QString keywords() {
    return QStringLiteral(":/lots/content/keywords.json");
}
inline QString guidance() {
    return QStringLiteral(":/lots/content/guidance.json");
}
} // namespace content_resources

} // namespace lots
