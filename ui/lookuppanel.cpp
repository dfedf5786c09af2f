// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/lookuppanel.h"

#include "core/personnummer.h"
#include "models/referencelistmodel.h"
#include "models/searchfilterproxymodel.h"
#include "ui/shortcuthelp.h"

#include <QAction>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kc {

namespace {

// A search field over a list: typing filters, Down moves into the list.
QWidget* makeSearchList(QWidget* parent, QAbstractItemModel* model, const QString& placeholder,
                        const QString& accessibleName, QLineEdit** searchOut, QListView** viewOut)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    auto* search = new QLineEdit(page);
    search->setPlaceholderText(placeholder);
    search->setAccessibleName(accessibleName);
    search->setClearButtonEnabled(true);
    auto* proxy = new SearchFilterProxyModel(page);
    proxy->setSourceModel(model);
    proxy->setSearchRole(ReferenceListModel::SearchTextRole);
    auto* view = new QListView(page);
    view->setModel(proxy);
    view->setUniformItemSizes(true);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QObject::connect(search, &QLineEdit::textChanged, proxy, &SearchFilterProxyModel::setSearchText);
    QObject::connect(search, &QLineEdit::returnPressed, view, [view] {
        view->setFocus();
        if (view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    });
    layout->addWidget(search);
    layout->addWidget(view, 1);
    *searchOut = search;
    *viewOut = view;
    return page;
}

} // namespace

LookupPanel::LookupPanel(const ReferenceData& ref, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeSearchList(m_tabs, ReferenceListModel::offenceTypes(ref, this),
                                  tr("Search offence type or code, e.g. cykel"), tr("Offence types"), &m_offenceSearch,
                                  &m_offenceView),
                   tr("Offence codes"));
    m_tabs->addTab(makeSearchList(m_tabs, ReferenceListModel::municipalities(ref, this),
                                  tr("Search municipality or code, e.g. Skara"), tr("Municipalities"),
                                  &m_municipalitySearch, &m_municipalityView),
                   tr("Municipalities"));
    layout->addWidget(m_tabs, 1);

    auto* pnrBox = new QWidget(this);
    auto* form = new QFormLayout(pnrBox);
    m_pnrInput = new QLineEdit(pnrBox);
    m_pnrInput->setPlaceholderText(tr("YYYYMMDD-NNNN"));
    m_pnrInput->setAccessibleName(tr("Personnummer to check"));
    m_pnrInput->setMaxLength(20);
    auto* label = new QLabel(tr("Check personnummer:"), pnrBox);
    label->setBuddy(m_pnrInput);
    form->addRow(label, m_pnrInput);
    m_pnrResult = new QLabel(pnrBox);
    m_pnrResult->setWordWrap(true);
    m_pnrResult->setAccessibleName(tr("Result of the personnummer check"));
    m_pnrResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_pnrResult);
    layout->addWidget(pnrBox);
    connect(m_pnrInput, &QLineEdit::textChanged, this, &LookupPanel::checkPersonnummer);

    // Ctrl+digit never clashes with Alt+letter mnemonics on Swedish keyboards.
    auto focus = [this](const QKeySequence& key, const QString& text, int tab, QLineEdit* field) {
        auto* sc = new QAction(text, this);
        sc->setShortcut(key);
        sc->setShortcutContext(Qt::WindowShortcut);
        sc->setProperty(ShortcutHelp::StepProperty, int(ShortcutHelp::Step::FillReport));
        addAction(sc);
        m_shortcuts.append(sc);
        connect(sc, &QAction::triggered, this, [this, tab, field] {
            Q_EMIT focusRequested();
            if (tab >= 0)
                m_tabs->setCurrentIndex(tab);
            field->setFocus();
            field->selectAll();
        });
    };
    focus(QKeySequence(Qt::CTRL | Qt::Key_1), tr("Look up offence codes"), 0, m_offenceSearch);
    focus(QKeySequence(Qt::CTRL | Qt::Key_2), tr("Look up municipalities"), 1, m_municipalitySearch);
    focus(QKeySequence(Qt::CTRL | Qt::Key_3), tr("Check a personnummer"), -1, m_pnrInput);
}

void LookupPanel::checkPersonnummer(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_pnrResult->clear();
        return;
    }
    const auto pn = Personnummer::parse(text);
    if (!pn) {
        m_pnrResult->setText(pn.error().message);
        m_pnrResult->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    const QString sex = pn->sex() == Personnummer::Sex::Female ? tr("woman") : tr("man");
    const QString kind = pn->isCoordinationNumber() ? tr("Valid samordningsnummer") : tr("Valid personnummer");
    m_pnrResult->setText(tr("%1 %2: born %3, %4, %5 years old.")
                             .arg(kind, pn->formatted(), pn->birthDate().toString(Qt::ISODate), sex)
                             .arg(pn->ageOn(QDate::currentDate())));
    m_pnrResult->setStyleSheet(QStringLiteral("color: #1b5e20;"));
}

} // namespace kc
