#include "jsonspans.h"

namespace flowscope {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

class Scanner
{
public:
    explicit Scanner(std::string_view json)
        : m_json(json)
    { }

    // Walks the top-level object; calls onMember(name) positioned at each value. onMember
    // returns true when it consumed the value itself and scanning should stop.
    template<typename OnMember>
    bool members(OnMember onMember)
    {
        ws();
        if (!eat('{'))
            return false;
        ws();
        if (eat('}'))
            return false;
        while (true) {
            ws();
            const size_t keyStart = m_pos;
            if (!skipString())
                return false;
            const std::string_view name = m_json.substr(keyStart + 1, m_pos - keyStart - 2);
            ws();
            if (!eat(':'))
                return false;
            ws();
            if (onMember(name))
                return true;
            if (!skipValue())
                return false;
            ws();
            if (eat(','))
                continue;
            return false; // '}' without the member, or garbage
        }
    }

    bool elements(std::vector<ByteSpan> *out)
    {
        if (!eat('['))
            return false;
        ws();
        if (eat(']'))
            return true;
        while (true) {
            ws();
            const size_t start = m_pos;
            if (!skipValue())
                return false;
            out->emplace_back(qsizetype(start), qsizetype(m_pos - start));
            ws();
            if (eat(','))
                continue;
            return eat(']');
        }
    }

    bool value(ByteSpan *out)
    {
        const size_t start = m_pos;
        if (!skipValue())
            return false;
        *out = { qsizetype(start), qsizetype(m_pos - start) };
        return true;
    }

    char peek() const { return m_pos < m_json.size() ? m_json[m_pos] : '\0'; }

private:
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void ws()
    {
        while (m_pos < m_json.size() && isSpace(m_json[m_pos]))
            ++m_pos;
    }
    bool skipString()
    {
        if (!eat('"'))
            return false;
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos++];
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return false;
    }
    bool skipValue()
    {
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_json.size()) {
                const char d = m_json[m_pos];
                if (d == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_pos;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        const size_t start = m_pos;
        while (m_pos < m_json.size() && !isSpace(m_json[m_pos]) && m_json[m_pos] != ','
            && m_json[m_pos] != '}' && m_json[m_pos] != ']')
            ++m_pos;
        return m_pos > start;
    }

    std::string_view m_json;
    size_t m_pos = 0;
};

} // namespace

bool arrayElementSpans(std::string_view json, std::string_view key, std::vector<ByteSpan> *out)
{
    Scanner scanner(json);
    bool ok = false;
    const bool found = scanner.members([&](std::string_view name) {
        if (name != key || scanner.peek() != '[')
            return false;
        ok = scanner.elements(out);
        return true;
    });
    return found && ok;
}

bool memberValueSpan(std::string_view json, std::string_view key, ByteSpan *out)
{
    Scanner scanner(json);
    bool ok = false;
    const bool found = scanner.members([&](std::string_view name) {
        if (name != key)
            return false;
        ok = scanner.value(out);
        return true;
    });
    return found && ok;
}

} // namespace flowscope
