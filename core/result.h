// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Result<T>: a value or an Error — errors are values, never exceptions (C++20 has no std::expected).
//
// An Error names what is wrong in words meant for people (Swedish once the translator is loaded)
// and where: `path` is the dotted field path ("reporter.personnummer", "stolenItems[2].valueSek"),
// empty for a whole value. Thread rules: plain values, safe to copy between threads.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace kc {

struct Error
{
    QString path;    // dotted JSON/field path, "" for the value itself
    QString message; // a full sentence for people; never contains personal data beyond the input itself
    QString code;    // machine-readable kind, e.g. "check_digit", "wrong_type"

    bool operator==(const Error&) const = default;
};

// E is the error type: kc::Error for the domain; layers above may carry richer errors (the server's
// ApiError adds an HTTP status).
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(E error)
        : m_v(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const E& error() const { return std::get<E>(m_v); }

private:
    std::variant<T, E> m_v;
};

} // namespace kc
