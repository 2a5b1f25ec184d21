// SPDX-License-Identifier: GPL-3.0-or-later
// Result<T>: a value or the problems that kept a function from giving one (problem.h).
// GCC 12 has no std::expected; this is the small part of it the data layer needs. It reads
// like std::optional (if (r) ..., *r, r->) and says what went wrong:
//
//     const Result<Dataset> dataset = Dataset::open(path);
//     if (!dataset)
//         return fail(dataset.errorText()); // "file, line N (field): what is wrong"
//     use(*dataset);
//
// A failed Result holds at least one problem; a file with several (a policy file naming
// three unknown levers) gives them all. Result<void> is for functions with nothing to
// return but success.
#pragma once

#include "data/problem.h"

#include <optional>
#include <utility>

namespace leastbad::data {

template <class T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Problem problem)
        : m_problems{std::move(problem)} {}
    // `problems` must not be empty.
    Result(Problems problems)
        : m_problems(std::move(problems)) {
        if (m_problems.isEmpty())
            m_problems.append(Problem::of(QString()));
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &value() & { return m_value.value(); }
    const T &value() const & { return m_value.value(); }
    T &&value() && { return std::move(m_value.value()); }
    // The value as a std::optional, for callers that keep one (the problems dropped).
    std::optional<T> take() && { return std::move(m_value); }
    // The same, with errorText() into `error` on failure: for callers whose own convention
    // is a std::optional and a message (the app's and the command line's).
    std::optional<T> take(QString &error) && {
        if (!ok())
            error = errorText();
        return std::move(m_value);
    }

    // Empty when ok().
    const Problems &problems() const { return m_problems; }
    // The first problem; only when !ok().
    const Problem &problem() const { return m_problems.front(); }
    // Every problem's text, one a line; empty when ok().
    QString errorText() const { return problemsText(m_problems); }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Problem problem)
        : m_problems{std::move(problem)} {}
    Result(Problems problems)
        : m_problems(std::move(problems)) {}

    bool ok() const { return m_problems.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const Problems &problems() const { return m_problems; }
    const Problem &problem() const { return m_problems.front(); }
    QString errorText() const { return problemsText(m_problems); }

private:
    Problems m_problems;
};

// A Result from a lower-level optional and the message it set (for code that still
// builds its message as text): `value`, or the message as one Problem.
template <class T> Result<T> resultOf(std::optional<T> &&value, const QString &error) {
    if (value)
        return std::move(*value);
    return Problem::of(error);
}

inline Result<void> resultOf(bool ok, const QString &error) {
    if (ok)
        return {};
    return Problem::of(error);
}

} // namespace leastbad::data
