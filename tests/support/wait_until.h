#pragma once

#include <chrono>
#include <functional>

namespace stridewell::test {

// Processes this thread's Qt events until `predicate` holds: true then, false once `timeout`
// has passed. Write ASSERT_TRUE(waitUntil(...)) << "what we waited for"; so that running out
// of time fails the test (QtTest's QTRY_* and QVERIFY return from a gtest body, which then
// passes). It polls between short sleeps and leaves no timer behind.
[[nodiscard]] bool waitUntil(const std::function<bool()>& predicate,
                             std::chrono::milliseconds timeout = std::chrono::seconds(5));

} // namespace stridewell::test
