#include "RecordKinds.h"

namespace so {

void RecordKinds::add(RecordKind kind)
{
    for (RecordKind &k : m_kinds) {
        if (k.name == kind.name) {
            k = std::move(kind);
            return;
        }
    }
    m_kinds.append(std::move(kind));
}

const RecordKind *RecordKinds::find(const QString &name) const
{
    const int i = rank(name);
    return i < 0 ? nullptr : &m_kinds.at(i);
}

int RecordKinds::rank(const QString &name) const
{
    for (int i = 0; i < m_kinds.size(); ++i)
        if (m_kinds.at(i).name == name)
            return i;
    return -1;
}

} // namespace so
