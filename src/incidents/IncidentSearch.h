#pragma once
// IncidentSearch: the full-text search of incidents. Three characters or more go to the trigram
// index, which finds any substring; shorter terms (电梯, 票, "ok") to the word index, where each
// Chinese character is a word. Hits come newest logged first, a slice at a time, with the
// filter's other conditions applied to each slice by the store.
#include "Incident.h"
#include "Result.h"

namespace so {
class Database;
}

namespace so::incidents {

class IncidentStore;

class IncidentSearch
{
public:
    IncidentSearch(Database &db, IncidentStore &store) : m_db(db), m_store(store) {}

    // Up to `limit` incidents matching f.text under the rest of the filter; none for a term
    // with nothing to search for.
    Result<QList<Incident>> find(const IncidentFilter &f, int limit);

    // The FTS5 query for a term: a trigram phrase for 3+ characters, else a phrase of words and
    // single Chinese characters. Empty when the term has nothing to search for.
    static QString trigramQuery(const QString &term);
    static QString wordQuery(const QString &term);

private:
    Database &m_db;
    IncidentStore &m_store;
};

} // namespace so::incidents
