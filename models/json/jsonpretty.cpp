#include "jsonpretty.h"

#include <algorithm>

namespace flowscope {

QByteArray prettyJson(const QByteArray &json, int indent)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    const auto newline = [&](int level) {
        out += '\n';
        out.append(QByteArray(level * indent, ' '));
    };
    const qsizetype n = json.size();
    for (qsizetype k = 0; k < n; ++k) {
        const char c = json[k];
        switch (c) {
        case '"': {
            const qsizetype start = k++;
            while (k < n && json[k] != '"') {
                if (json[k] == '\\')
                    ++k;
                ++k;
            }
            out.append(json.constData() + start, std::min(k, n - 1) - start + 1);
            break;
        }
        case '{':
        case '[': {
            // Empty containers stay on one line.
            qsizetype next = k + 1;
            while (next < n
                && (json[next] == ' ' || json[next] == '\n' || json[next] == '\r'
                    || json[next] == '\t'))
                ++next;
            if (next < n && (json[next] == '}' || json[next] == ']')) {
                out += c;
                out += json[next];
                k = next;
                break;
            }
            out += c;
            newline(++depth);
            break;
        }
        case '}':
        case ']':
            newline(--depth);
            out += c;
            break;
        case ',':
            out += c;
            newline(depth);
            break;
        case ':': out += ": "; break;
        case ' ':
        case '\n':
        case '\r':
        case '\t': break;
        default: out += c;
        }
    }
    return out;
}

} // namespace flowscope
