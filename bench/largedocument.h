// The synthetic 汇总 the benchmarks share: a large, coherent department document generated
// deterministically (fixed seed, own integer draws), so that fa_bench and fa_editor_bench time
// the same document.
#pragma once

#include "documentdata.h"

#include <QString>

#include <cstdint>
#include <random>
#include <vector>

namespace fa::bench {

// "a/b/c", a cell address.
QString slash(const QString &a, const QString &b, const QString &c);

// std::mt19937_64 is specified bit for bit; the standard distributions are not, so draws are
// made here from the raw engine output.
class Draw
{
public:
    explicit Draw(std::uint64_t seed) : m_engine(seed) {}
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + std::int64_t(m_engine() % std::uint64_t(hi - lo + 1));
    }
    bool percent(int p) { return m_engine() % 100 < std::uint64_t(p); }

private:
    std::mt19937_64 m_engine;
};

// A generated 汇总: 2,000 项 codes by default (the catalogue's, then invented ones named in
// `subjects`), listed in 02/03/05表, one in ten in 07表, one in twenty in 08表; every fixed-line
// table filled; exact 元 amounts chosen so that the document passes the checks.
struct Large {
    fa::DocumentData data;
    std::vector<QString> codes; // every 项 code, sorted
    int invented = 0;
    QString t07Code, t08Code, inventedCode;
};

// Builds the document with `items` distinct 项 codes. An impossible request prints
// "<program>: FAILED: …" on stderr and exits 1.
Large makeLarge(int items);

} // namespace fa::bench
