// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/trainingbanner.h"

namespace kc {

TrainingBanner::TrainingBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setText(tr("TRAINING MODE – synthetic data, no real cases"));
    setAlignment(Qt::AlignCenter);
    setAccessibleName(text());
    // Diagonal yellow/black hazard colours read as "not real" at a glance, also to the colour-blind.
    setStyleSheet(QStringLiteral("QLabel#trainingBanner { background: #ffd400; color: #000; font-weight: bold;"
                                 " padding: 4px; border-bottom: 3px solid #000; letter-spacing: 2px; }"));
}

} // namespace kc
