// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import Vera Incarceration Trends…: asks for the county file the user downloaded
// and the dataset to write, imports it on a worker thread with progress and cancel, and
// says what was written or lists the problems (file, line, field).
#pragma once

class QWidget;

namespace leastbad::gui {

void importVeraFile(QWidget *parent);

} // namespace leastbad::gui
