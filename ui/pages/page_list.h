#pragma once

#include "pages/page.h"

#include <vector>

namespace stridewell::ui {

// Every page of the window, in navigation order, listed in one place (page_list.cpp): a new
// page is one class, one line there and its test.
std::vector<Page*> createPages(const PageContext& context, QWidget* parent);

} // namespace stridewell::ui
