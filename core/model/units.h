#pragma once

namespace stridewell::core {

// Comparison operators are spelled out (no <=>): Qt 6.4's moc cannot parse <compare>.
// `member` names a data member, which cannot be parenthesised after `o.`.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define STRIDEWELL_COMPARABLE(Type, member)                                                        \
    constexpr bool operator==(const Type& o) const                                                 \
    {                                                                                              \
        return member == o.member;                                                                 \
    }                                                                                              \
    constexpr bool operator!=(const Type& o) const                                                 \
    {                                                                                              \
        return member != o.member;                                                                 \
    }                                                                                              \
    constexpr bool operator<(const Type& o) const                                                  \
    {                                                                                              \
        return member < o.member;                                                                  \
    }                                                                                              \
    constexpr bool operator<=(const Type& o) const                                                 \
    {                                                                                              \
        return member <= o.member;                                                                 \
    }                                                                                              \
    constexpr bool operator>(const Type& o) const                                                  \
    {                                                                                              \
        return member > o.member;                                                                  \
    }                                                                                              \
    constexpr bool operator>=(const Type& o) const                                                 \
    {                                                                                              \
        return member >= o.member;                                                                 \
    }
// NOLINTEND(bugprone-macro-parentheses)

// Distances and durations cross module boundaries as these types, never as a bare double,
// so metres and kilometres (or seconds and minutes) cannot be mixed up.
class Distance
{
public:
    constexpr Distance() = default;
    static constexpr Distance metres(double m) { return Distance(m); }
    static constexpr Distance km(double km) { return Distance(km * 1000.0); }
    static constexpr Distance miles(double mi) { return Distance(mi * kMetresPerMile); }

    constexpr double inMetres() const { return m_metres; }
    constexpr double inKm() const { return m_metres / 1000.0; }
    constexpr double inMiles() const { return m_metres / kMetresPerMile; }

    constexpr Distance operator+(Distance o) const { return Distance(m_metres + o.m_metres); }
    constexpr Distance operator-(Distance o) const { return Distance(m_metres - o.m_metres); }
    constexpr Distance& operator+=(Distance o)
    {
        m_metres += o.m_metres;
        return *this;
    }
    constexpr Distance operator*(double f) const { return Distance(m_metres * f); }
    STRIDEWELL_COMPARABLE(Distance, m_metres)

    static constexpr double kMetresPerMile = 1609.344;

private:
    constexpr explicit Distance(double m) : m_metres(m) {}
    double m_metres = 0.0;
};

class Duration
{
public:
    constexpr Duration() = default;
    static constexpr Duration seconds(double s) { return Duration(s); }
    static constexpr Duration minutes(double min) { return Duration(min * 60.0); }

    constexpr double inSeconds() const { return m_seconds; }
    constexpr double inMinutes() const { return m_seconds / 60.0; }
    constexpr double inHours() const { return m_seconds / 3600.0; }

    constexpr Duration operator+(Duration o) const { return Duration(m_seconds + o.m_seconds); }
    constexpr Duration& operator+=(Duration o)
    {
        m_seconds += o.m_seconds;
        return *this;
    }
    STRIDEWELL_COMPARABLE(Duration, m_seconds)

private:
    constexpr explicit Duration(double s) : m_seconds(s) {}
    double m_seconds = 0.0;
};

} // namespace stridewell::core

#undef STRIDEWELL_COMPARABLE
