#include "models/contacts/phonenormalizer.h"

#include <QLocale>
#include <QRegularExpression>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <list>
#include <vector>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>

// Exported by libphonenumber (src/phonenumbers/metadata.h), not installed as a header.
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

constexpr int kMaxCountryCode = 999;
constexpr std::size_t kMaxNsnLength = 17;  // libphonenumber's kMaxLengthForNsn

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneNumberDesc;

// One number type's rule: the lengths it allows (none listed: those of the region) and its pattern.
struct Desc
{
    QList<int> lengths;
    QRegularExpression pattern;  // anchored at both ends; invalid when the type has no numbers
    bool hasPattern = false;

    explicit Desc(const PhoneNumberDesc &d = {})
    {
        for (const int length : d.possible_length())
            lengths.append(length);
        hasPattern = !d.national_number_pattern().empty();
        if (hasPattern) {
            pattern.setPattern(QRegularExpression::anchoredPattern(QString::fromStdString(d.national_number_pattern())));
            pattern.optimize();
        }
    }
    // libphonenumber's IsNumberMatchingDesc().
    bool matches(const QString &nsn) const
    {
        if (!lengths.isEmpty() && !lengths.contains(int(nsn.size())))
            return false;
        return matchesPattern(nsn);
    }
    // libphonenumber's MatchNationalNumber(): the pattern only, whatever the length.
    bool matchesPattern(const QString &nsn) const { return hasPattern && pattern.match(nsn).hasMatch(); }
};

// What IsValidNumber() needs of one region (or non-geographic entity).
struct RegionRules
{
    bool hasLeadingDigits = false;
    QRegularExpression leadingDigits;  // anchored at the start only
    Desc general;
    std::vector<Desc> types;

    explicit RegionRules(const PhoneMetadata &m)
        : general(m.general_desc())
    {
        if (m.has_leading_digits()) {
            hasLeadingDigits = true;
            leadingDigits.setPattern(u"\\A(?:"_qs + QString::fromStdString(m.leading_digits()) + u')');
            leadingDigits.optimize();
        }
        for (const PhoneNumberDesc *d : {&m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(),
                                         &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail(),
                                         &m.fixed_line(), &m.mobile()}) {
            if (!d->national_number_pattern().empty())
                types.emplace_back(*d);
        }
    }
    // GetNumberTypeHelper() != UNKNOWN.
    bool isValid(const QString &nsn) const
    {
        if (!general.matches(nsn))
            return false;
        return std::any_of(types.cbegin(), types.cend(), [&](const Desc &d) { return d.matches(nsn); });
    }
};

// A default region's rules for reading national numbers, when they are simple enough to apply directly.
struct NationalRules
{
    int countryCode = 0;
    std::string countryCodeDigits;
    std::string prefix;        // national_prefix_for_parsing when it is plain digits (usually "0")
    std::string idd;           // international_prefix when it is plain digits (usually "00")
    std::vector<int> localOnlyLengths;
    bool simple = false;       // both patterns plain digits (or absent) and no transform rule
    std::optional<Desc> general;     // the region's general rule, when it lists its possible lengths
};

bool isDigits(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// What the fast path needs to know about every calling code and region, computed once from libphonenumber's own
// compiled metadata (metadata_get() is exported by the library but not declared in an installed header), so
// the fast path applies exactly the rules Parse() and IsValidNumber() apply:
// - validity: the number's region is chosen as GetRegionCodeForNumber() does (leading digits, then the first
//   region where the number is valid), then the general pattern and one type pattern must match — with
//   QRegularExpression (PCRE2, JIT) instead of libphonenumber's much slower regular-expression adapter;
// - Parse() strips a national prefix after the country code when the region's national_prefix_for_parsing
//   matches there ("+44 (0)7911…", "+52 1 55…" in Mexico), so those numbers are left to Parse().
struct CallingCodes
{
    std::array<bool, kMaxCountryCode + 1> known {};
    std::array<std::string, kMaxCountryCode + 1> literalPrefix;   // pattern that is plain digits
    std::array<std::optional<std::regex>, kMaxCountryCode + 1> prefixPattern;  // any other pattern
    std::array<std::vector<RegionRules>, kMaxCountryCode + 1> regions;  // in GetRegionCodeForNumber() order
    // The main region's general rule and local-only lengths, for codes whose national prefix is plain digits with
    // no transform rule: what Parse() needs to strip it after the country code ("+44 (0)7911…").
    std::array<std::optional<Desc>, kMaxCountryCode + 1> mainGeneral;
    std::array<std::vector<int>, kMaxCountryCode + 1> mainLocalOnly;
    std::map<std::string, NationalRules> national;

    CallingCodes()
    {
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneMetadataCollection collection;
        collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size());
        std::map<std::string, const PhoneMetadata *> byId;
        std::map<int, const PhoneMetadata *> nonGeographic;
        for (const PhoneMetadata &m : collection.metadata()) {
            if (m.id() == "001")
                nonGeographic[m.country_code()] = &m;
            else
                byId[m.id()] = &m;
        }
        std::string region;
        for (int cc = 1; cc <= kMaxCountryCode; ++cc) {
            util->GetRegionCodeForCountryCode(cc, &region);
            if (region == "ZZ")
                continue;
            const auto index = std::size_t(cc);
            known[index] = true;
            std::list<std::string> codes;
            util->GetRegionCodesForCountryCallingCode(cc, &codes);
            for (const std::string &code : codes) {
                const PhoneMetadata *m = code == "001" ? nonGeographic[cc] : byId[code];
                if (m)
                    regions[index].emplace_back(*m);
            }
            const PhoneMetadata *main = region == "001" ? nonGeographic[cc] : byId[region];
            if (!main || region == "001" || !main->has_national_prefix_for_parsing())
                continue;
            const std::string &pattern = main->national_prefix_for_parsing();
            if (pattern.empty())
                continue;
            if (isDigits(pattern)) {
                literalPrefix[index] = pattern;
                if (main->national_prefix_transform_rule().empty() && main->general_desc().possible_length_size() > 0) {
                    mainGeneral[index].emplace(main->general_desc());
                    for (const int length : main->general_desc().possible_length_local_only())
                        mainLocalOnly[index].push_back(length);
                }
            } else
                prefixPattern[index].emplace(pattern, std::regex::ECMAScript | std::regex::optimize);
        }
        for (const auto &[id, m] : byId) {
            NationalRules rules;
            rules.countryCode = m->country_code();
            rules.countryCodeDigits = std::to_string(m->country_code());
            const std::string prefix = m->has_national_prefix_for_parsing() ? m->national_prefix_for_parsing()
                                                                             : std::string();
            rules.prefix = prefix;
            rules.idd = m->international_prefix();
            for (const int length : m->general_desc().possible_length_local_only())
                rules.localOnlyLengths.push_back(length);
            if (m->general_desc().possible_length_size() > 0)
                rules.general.emplace(m->general_desc());
            rules.simple = isDigits(prefix) && isDigits(rules.idd) && m->national_prefix_transform_rule().empty();
            national[id] = rules;
        }
    }

    // True when Parse() could strip something from the start of this national number.
    bool mayStripPrefix(int cc, std::string_view nsn) const
    {
        const auto index = std::size_t(cc);
        if (!literalPrefix[index].empty())
            return nsn.starts_with(literalPrefix[index]);
        if (!prefixPattern[index])
            return false;
        std::match_results<std::string_view::const_iterator> match;
        return std::regex_search(nsn.begin(), nsn.end(), match, *prefixPattern[index],
                                 std::regex_constants::match_continuous)
            && match.length(0) > 0;
    }

    // What Parse() leaves of a national part that starts with the plain national prefix of the code's main region
    // (MaybeStripNationalPrefixAndCarrierCode, then the length check of ParseHelper), when the result is sure to be
    // valid; nullopt when the full parser has to decide.
    std::optional<std::string_view> strippedValid(int cc, std::string_view nsn) const
    {
        const auto index = std::size_t(cc);
        const std::string &prefix = literalPrefix[index];
        if (!mainGeneral[index] || prefix.empty() || !nsn.starts_with(prefix))
            return std::nullopt;
        const std::string_view stripped = nsn.substr(prefix.size());
        if (stripped.size() < 2 || stripped[0] == '0')
            return std::nullopt;
        const Desc &general = *mainGeneral[index];
        const QString original = QString::fromLatin1(nsn.data(), qsizetype(nsn.size()));
        const QString rest = QString::fromLatin1(stripped.data(), qsizetype(stripped.size()));
        // A viable number is not stripped into one that is not; a local-only length keeps the prefix.
        if (general.matchesPattern(original) && !general.matchesPattern(rest))
            return std::nullopt;
        const std::vector<int> &localOnly = mainLocalOnly[index];
        if (std::find(localOnly.begin(), localOnly.end(), int(stripped.size())) != localOnly.end())
            return std::nullopt;
        // Valid implies a possible length of the general rule (IS_POSSIBLE): Parse() keeps the stripped number.
        if (!general.lengths.contains(int(stripped.size())) || !isValid(cc, stripped))
            return std::nullopt;
        return stripped;
    }

    // IsValidNumber() for a number without leading zeros in its national part.
    bool isValid(int cc, std::string_view nsnDigits) const
    {
        const std::vector<RegionRules> &list = regions[std::size_t(cc)];
        if (list.empty())
            return false;
        const QString nsn = QString::fromLatin1(nsnDigits.data(), qsizetype(nsnDigits.size()));
        if (list.size() == 1)
            return list.front().isValid(nsn);
        for (const RegionRules &r : list) {
            if (r.hasLeadingDigits) {
                if (r.leadingDigits.match(nsn).hasMatch())
                    return r.isValid(nsn);
            } else if (r.isValid(nsn)) {
                return true;
            }
        }
        return false;
    }
};

const CallingCodes &callingCodes()
{
    static const CallingCodes codes;
    return codes;
}

// What is left of a cell after removing the punctuation people put into numbers.
struct Cleaned
{
    std::string digits;  // ASCII digits only
    bool international = false;  // started with "+" or "00"
};

bool isSeparatorChar(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/'
        || c.category() == QChar::Punctuation_Dash;
}

// 9.19876E+11, 9,19876e11, 919876E+3 — what Excel shows (and saves) for a long number in a General cell.
bool isScientificNotation(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && s[i].isDigit())
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < n && (s[i] == u'.' || s[i] == u',')) {
        ++i;
        if (!digits())
            return false;
    }
    if (i >= n || (s[i] != u'e' && s[i] != u'E'))
        return false;
    ++i;
    if (i < n && s[i] == u'+')
        ++i;
    return digits() && i == n;
}

QString quoted(QStringView s)
{
    constexpr qsizetype kMax = 40;
    if (s.size() <= kMax)
        return u'\u201C' + s.toString() + u'\u201D';
    return u'\u201C' + s.left(kMax).toString() + QStringLiteral("\u2026\u201D");
}


} // namespace

bool PhoneNormalizer::isKnownRegion(QStringView region)
{
    if (region.size() != 2)
        return false;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toString().toUpper().toStdString()) != 0;
}

QString PhoneNormalizer::regionOf(QStringView e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // Fast path: a calling code that belongs to one region only (+91, +49 …) names it, exactly as
    // GetRegionCodeForNumber() answers for such codes without further checks.
    if (e164.size() > 4 && e164.front() == QLatin1Char('+')) {
        for (int length = 1; length <= 3; ++length) {
            bool ok = false;
            const int code = e164.mid(1, length).toInt(&ok);
            if (!ok)
                break;
            std::list<std::string> regions;
            util->GetRegionCodesForCountryCallingCode(code, &regions);
            if (regions.empty())
                continue;
            if (regions.size() == 1 && regions.front() != "001")
                return QString::fromStdString(regions.front());
            break;
        }
    }
    PhoneNumber number;
    if (util->Parse(e164.toString().toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

QString PhoneNormalizer::regionDisplayName(QStringView region)
{
    const QString code = region.toString().toUpper();
    const int cc = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(code.toStdString());
    if (cc == 0)
        return code;
    const QString name = QLocale::territoryToString(QLocale::codeToTerritory(code));
    return QStringLiteral("%1 (+%2)").arg(name.isEmpty() ? code : name).arg(cc);
}

QStringList PhoneNormalizer::supportedRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList out;
    for (const std::string &r : regions)
        out.append(QString::fromStdString(r));
    return out;
}

QList<int> PhoneNormalizer::countryCallingCodes()
{
    QList<int> out;
    const CallingCodes &codes = callingCodes();
    for (int cc = 1; cc <= kMaxCountryCode; ++cc) {
        if (codes.known[std::size_t(cc)])
            out.append(cc);
    }
    return out;
}

QStringList PhoneNormalizer::exampleNumbers(QStringView region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string code = region.toString().toUpper().toStdString();
    QStringList out;
    for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
        PhoneNumber number;
        if (!util->GetExampleNumberForType(code, PhoneNumberUtil::PhoneNumberType(type), &number))
            continue;
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        const QString s = QString::fromStdString(e164);
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

quint64 PhoneNormalizer::key(QStringView e164)
{
    if (e164.size() < 2 || e164.size() > 19 || e164[0] != u'+')
        return 0;
    quint64 k = 0;
    for (qsizetype i = 1; i < e164.size(); ++i) {
        const char16_t c = e164[i].unicode();
        if (c < u'0' || c > u'9')
            return 0;
        k = k * 10 + quint64(c - u'0');
    }
    return k;
}

PhoneNormalizer::Result PhoneNormalizer::normalize(QStringView raw, QStringView defaultRegion, Path path)
{
    Result result;
    QStringView value = raw.trimmed();
    // A leading apostrophe is how spreadsheet users (and CSV-injection guards) force a cell to be text.
    if (value.startsWith(u'\''))
        value = value.mid(1).trimmed();
    if (value.isEmpty()) {
        result.error = tr("the phone number is empty");
        return result;
    }
    if (isScientificNotation(value)) {
        result.error = tr("%1 is a number in scientific notation: the spreadsheet has already rounded away its last "
                          "digits, so the phone number cannot be recovered. Format the phone column as Text in Excel "
                          "(or export again from the original source) and import the file again")
                           .arg(quoted(value));
        return result;
    }

    Cleaned cleaned;
    cleaned.digits.reserve(std::size_t(value.size()));
    bool plus = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            cleaned.digits.push_back(char(u));
        } else if (u == u'+' || u == u'\uFF0B') {
            if (plus || !cleaned.digits.empty()) {
                result.error = tr("%1 has a + that is not at the start").arg(quoted(value));
                return result;
            }
            plus = true;
        } else if (isSeparatorChar(c)) {
            continue;
        } else if (c.isDigit()) {
            cleaned.digits.push_back(char('0' + c.digitValue()));  // other scripts' digits, full-width digits
        } else if (c.isLetter()) {
            result.error = tr("%1 contains letters; a phone number may only have digits, spaces, dashes, dots, "
                              "parentheses and a leading +")
                               .arg(quoted(value));
            return result;
        } else {
            result.error = tr("%1 contains %2, which does not belong in a phone number")
                               .arg(quoted(value), quoted(QStringView(&c, 1)));
            return result;
        }
    }
    if (cleaned.digits.empty()) {
        result.error = tr("%1 has no digits").arg(quoted(value));
        return result;
    }
    cleaned.international = plus;
    if (!plus && cleaned.digits.size() > 2 && cleaned.digits[0] == '0' && cleaned.digits[1] == '0') {
        cleaned.international = true;  // "00" is the international prefix in most of the world
        cleaned.digits.erase(0, 2);
    }

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();

    // Fast path: "+<country code><national number>" validated without Parse().
    if (path == Path::Auto && cleaned.international && cleaned.digits[0] != '0') {
        const CallingCodes &codes = callingCodes();
        int cc = 0;
        std::size_t ccLength = 0;
        for (std::size_t len = 1; len <= 3 && len < cleaned.digits.size(); ++len) {
            const int candidate = std::stoi(cleaned.digits.substr(0, len));
            if (codes.known[std::size_t(candidate)]) {
                cc = candidate;
                ccLength = len;
                break;
            }
        }
        if (cc != 0) {
            const std::string_view nsn = std::string_view(cleaned.digits).substr(ccLength);
            // A national number starting with 0 (Italian leading zero) or with what could be a national
            // prefix is left to Parse(), which has the rules for those.
            const bool simple = nsn.size() >= 2 && nsn.size() <= kMaxNsnLength && nsn[0] != '0'
                && !codes.mayStripPrefix(cc, nsn);
            if (simple && codes.isValid(cc, nsn)) {
                result.e164 = u'+' + QString::fromLatin1(cleaned.digits);
                return result;
            }
            // "+44 (0)7911 123456", "+49 (0)151 …": the national prefix written after the country code.
            if (nsn.size() <= kMaxNsnLength) {
                if (const std::optional<std::string_view> stripped = codes.strippedValid(cc, nsn)) {
                    result.e164 = u'+' + QString::number(cc)
                        + QString::fromLatin1(stripped->data(), qsizetype(stripped->size()));
                    return result;
                }
            }
        }
    }

    // Fast path for a national number in a default region with plain national and international prefixes: strip
    // the national prefix the way Parse() does and validate. Anything unusual goes to Parse().
    if (path == Path::Auto && !cleaned.international && !defaultRegion.isEmpty()) {
        const CallingCodes &codes = callingCodes();
        const auto it = codes.national.find(defaultRegion.toString().toUpper().toStdString());
        if (it != codes.national.end() && it->second.simple) {
            const NationalRules &rules = it->second;
            std::string_view nsn = cleaned.digits;
            bool looksInternational = (!rules.idd.empty() && nsn.starts_with(rules.idd))
                || nsn.starts_with(rules.countryCodeDigits);
            // A national number that starts with the country code's digits ("91…" in India): Parse() keeps it whole
            // when it matches the region's general pattern and is not too long, which a valid number does.
            if (looksInternational && !(!rules.idd.empty() && nsn.starts_with(rules.idd))
                && !(!rules.prefix.empty() && nsn.starts_with(rules.prefix)) && rules.general
                && nsn.size() <= kMaxNsnLength && nsn[0] != '0'
                && std::find(rules.localOnlyLengths.begin(), rules.localOnlyLengths.end(), int(nsn.size()))
                    == rules.localOnlyLengths.end()
                && rules.general->matches(QString::fromLatin1(nsn.data(), qsizetype(nsn.size())))
                && codes.isValid(rules.countryCode, nsn)) {
                looksInternational = false;
            }
            if (!looksInternational && !rules.prefix.empty() && nsn.starts_with(rules.prefix))
                nsn.remove_prefix(rules.prefix.size());
            const bool localOnly = std::find(rules.localOnlyLengths.begin(), rules.localOnlyLengths.end(),
                                             int(nsn.size())) != rules.localOnlyLengths.end();
            if (!looksInternational && nsn.size() >= 2 && nsn.size() <= kMaxNsnLength && nsn[0] != '0' && !localOnly
                && codes.isValid(rules.countryCode, nsn)) {
                result.e164 = u'+' + QString::number(rules.countryCode) + QString::fromLatin1(nsn.data(),
                                                                                            qsizetype(nsn.size()));
                return result;
            }
        }
    }

    // Slow path: the full parser.
    std::string region;
    if (!cleaned.international) {
        if (defaultRegion.isEmpty()) {
            result.error = tr("%1 is written without a country code (it does not start with + or 00) and no default "
                              "region was chosen; choose the default region these numbers belong to, or write them with "
                              "their country code")
                               .arg(quoted(value));
            return result;
        }
        region = defaultRegion.toString().toUpper().toStdString();
    } else {
        region = "ZZ";
    }
    const std::string input = (cleaned.international ? std::string("+") : std::string()) + cleaned.digits;
    PhoneNumber number;
    switch (util->Parse(input, region, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.error = cleaned.international
            ? tr("%1 does not start with a known country calling code").arg(quoted(value))
            : tr("%1 cannot be read with the default region %2").arg(quoted(value), defaultRegion.toString());
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.error = tr("%1 is too short to be a phone number").arg(quoted(value));
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.error = tr("%1 is too long to be a phone number").arg(quoted(value));
        return result;
    case PhoneNumberUtil::NOT_A_NUMBER:
    default:
        result.error = tr("%1 is not a phone number").arg(quoted(value));
        return result;
    }
    if (!util->IsValidNumber(number)) {
        std::string numberRegion;
        util->GetRegionCodeForCountryCode(number.country_code(), &numberRegion);
        const QString country = numberRegion == "001"
            ? tr("international numbers (+%1)").arg(number.country_code())
            : regionDisplayName(QString::fromStdString(numberRegion));
        switch (util->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            result.error = tr("%1 is too short for a number in %2").arg(quoted(value), country);
            break;
        case PhoneNumberUtil::TOO_LONG:
            result.error = tr("%1 is too long for a number in %2").arg(quoted(value), country);
            break;
        case PhoneNumberUtil::INVALID_LENGTH:
            result.error = tr("%1 has the wrong number of digits for %2").arg(quoted(value), country);
            break;
        case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
            result.error = tr("%1 is a local number; add the area code (numbers in %2)").arg(quoted(value), country);
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            result.error = tr("%1 does not start with a known country calling code").arg(quoted(value));
            break;
        case PhoneNumberUtil::IS_POSSIBLE:
        default:
            result.error = tr("%1 is not a valid number in %2").arg(quoted(value), country);
            break;
        }
        return result;
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    result.e164 = QString::fromStdString(e164);
    return result;
}
