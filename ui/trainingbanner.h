// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The ÖVNINGSLÄGE banner: shown across the top of every window while demo/training mode is on,
// so nobody mistakes synthetic contacts for real ones. High-contrast, not dismissable, and with
// an accessible name so screen readers announce it. Thread rules: GUI thread.
#pragma once

#include <QLabel>

namespace kc {

class TrainingBanner : public QLabel
{
    Q_OBJECT
public:
    explicit TrainingBanner(QWidget* parent = nullptr);
};

} // namespace kc
