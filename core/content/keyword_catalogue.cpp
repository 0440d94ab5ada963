#include "content/keyword_catalogue.h"

#include "content/pack_reader_p.h"

namespace lots {

using namespace content_detail;

ContentResult<KeywordCatalogue> KeywordCatalogue::loadShipped() {
    return load(content_resources::keywords());
}

ContentResult<KeywordCatalogue> KeywordCatalogue::load(const QString &path) {
    try {
        const QString pack = Msg::tr("keywords pack");
        const QJsonObject root = openPack(path, QStringLiteral("lots.keywords"), kFormat, pack);
        KeywordCatalogue c;
        c.m_format = kFormat;
        c.m_contentVersion = root.value(QLatin1String("contentVersion")).toString();
        c.m_source = requireText(root, QStringLiteral("source"), pack, QStringLiteral("source"));
        c.m_protectedNote = requireText(root, QStringLiteral("protectedNote"), pack,
                                        QStringLiteral("protectedNote"));
        QSet<QString> ids;
        const QJsonArray items = requireArray(root, QStringLiteral("keywords"), pack);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject o =
                requireObject(items.at(i), Msg::tr("keyword number %1").arg(i + 1));
            Keyword k;
            k.id = requireId(o, Msg::tr("keyword"), i);
            const QString where = Msg::tr("keyword '%1'").arg(k.id);
            requireUnique(ids, k.id, where);
            const QJsonValue prot = o.value(QLatin1String("protected"));
            if (!prot.isBool())
                fail(Msg::tr("%1: 'protected' must be true or false").arg(where));
            k.isProtected = prot.toBool();
            k.label = requireText(o, QStringLiteral("label"), where);
            k.help = requireText(o, QStringLiteral("help"), where, QStringLiteral("help"));
            c.m_keywords.append(k);
        }
        return ContentResult<KeywordCatalogue>::success(std::move(c));
    } catch (const PackError &e) {
        return ContentResult<KeywordCatalogue>::failure(e.message);
    }
}

const Keyword *KeywordCatalogue::find(const QString &id) const {
    for (const Keyword &k : m_keywords) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

bool KeywordCatalogue::isProtected(const QString &id) const {
    const Keyword *k = find(id);
    return k ? k->isProtected : true;
}

QList<Keyword> KeywordCatalogue::protectedKeywords() const {
    QList<Keyword> out;
    for (const Keyword &k : m_keywords) {
        if (k.isProtected)
            out.append(k);
    }
    return out;
}

} // namespace lots
