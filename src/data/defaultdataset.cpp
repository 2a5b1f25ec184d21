// SPDX-License-Identifier: GPL-3.0-or-later
// Holds the resource :/datasets/default.sqlite. Programs that link this library get the
// embedded default dataset; Dataset::openEmbedded() reads it.
namespace leastbad::data {
[[maybe_unused]] static const int kDefaultDatasetAnchor = 0;
}
