// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/stolenitemsmodel.h"

#include "core/optionaltext.h"

#include <QColor>

#include <limits>

namespace kc {

namespace {

constexpr const char* fieldNames[StolenItemsModel::ColumnCount] = {"description", "brand", "model", "serialNumber",
                                                                   "valueSek"};

bool isSpace(QChar c)
{
    // Pasted amounts often carry no-break or narrow no-break spaces as thousands separators.
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\t';
}

} // namespace

bool StolenItemsModel::isOwnIndex(const QModelIndex& index) const
{
    // checkIndex() warns about invalid indexes, which views and testers pass on purpose.
    return index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

StolenItemsModel::StolenItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int StolenItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StolenItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StolenItemsModel::text(int row, int column) const
{
    const Row& r = m_rows[row];
    switch (column) {
    case DescriptionColumn:
        return r.description;
    case BrandColumn:
        return r.brand;
    case ModelColumn:
        return r.model;
    case SerialNumberColumn:
        return r.serialNumber;
    case ValueColumn:
        return r.value;
    default:
        return {};
    }
}

QString StolenItemsModel::errorAt(int row, int column) const
{
    // The live value problem wins: it is always current, a mark from outside may be stale.
    if (column == ValueColumn)
        if (QString e = valueError(row); !e.isEmpty())
            return e;
    return m_cellErrors[row][column];
}

QVariant StolenItemsModel::data(const QModelIndex& index, int role) const
{
    if (!isOwnIndex(index))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == ValueColumn) {
            bool ok = false;
            if (const auto v = parseValue(m_rows[row].value, &ok); ok && v)
                return formatKronor(*v);
        }
        return text(row, column);
    case Qt::EditRole:
        return text(row, column);
    case Qt::TextAlignmentRole:
        if (column == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case ErrorRole:
        return errorAt(row, column);
    case Qt::BackgroundRole:
        if (!errorAt(row, column).isEmpty())
            return QColor(0xfd, 0xe7, 0xe9);
        return {};
    case FieldRole:
        return fieldName(column);
    default:
        return {};
    }
}

QVariant StolenItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // rows are numbered for people, as in the error list
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case BrandColumn:
        return tr("Brand");
    case ModelColumn:
        return tr("Model");
    case SerialNumberColumn:
        return tr("Serial no./IMEI/frame no.");
    case ValueColumn:
        return tr("Value (kr)");
    default:
        return {};
    }
}

Qt::ItemFlags StolenItemsModel::flags(const QModelIndex& index) const
{
    if (!isOwnIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool StolenItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isOwnIndex(index))
        return false;
    const QString s = value.toString();
    const int row = index.row();
    const int column = index.column();
    Row& r = m_rows[row];
    QString* target = nullptr;
    switch (column) {
    case DescriptionColumn:
        target = &r.description;
        break;
    case BrandColumn:
        target = &r.brand;
        break;
    case ModelColumn:
        target = &r.model;
        break;
    case SerialNumberColumn:
        target = &r.serialNumber;
        break;
    case ValueColumn:
        target = &r.value;
        break;
    default:
        return false;
    }
    if (*target == s)
        return true;
    *target = s;
    m_cellErrors[row][column].clear();
    Q_EMIT dataChanged(index, index);
    if (column == ValueColumn)
        updateTotal();
    return true;
}

bool StolenItemsModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rows.insert(row, count, Row{});
    m_cellErrors.insert(row, count, std::array<QString, ColumnCount>{});
    endInsertRows();
    return true;
}

bool StolenItemsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    m_cellErrors.remove(row, count);
    endRemoveRows();
    updateTotal();
    return true;
}

void StolenItemsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_cellErrors = QList<std::array<QString, ColumnCount>>(m_rows.size());
    endResetModel();
    updateTotal();
}

QList<StolenItem> StolenItemsModel::items(bool trimmed) const
{
    QList<StolenItem> items;
    items.reserve(m_rows.size());
    for (const Row& r : m_rows) {
        StolenItem item;
        item.description = trimmed ? r.description.trimmed() : r.description;
        item.brand = optionalText(r.brand, trimmed);
        item.model = optionalText(r.model, trimmed);
        item.serialNumber = optionalText(r.serialNumber, trimmed);
        item.valueSek = parseValue(r.value);
        items.append(std::move(item));
    }
    return items;
}

QString StolenItemsModel::valueError(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    bool ok = false;
    (void)parseValue(m_rows[row].value, &ok);
    return ok ? QString() : tr("Write the value in whole kronor, e.g. 12 499.");
}

void StolenItemsModel::setCellError(int row, int column, const QString& message)
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount || m_cellErrors[row][column] == message)
        return;
    m_cellErrors[row][column] = message;
    const QModelIndex i = index(row, column);
    Q_EMIT dataChanged(i, i, {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, ErrorRole, Qt::BackgroundRole});
}

void StolenItemsModel::clearCellErrors()
{
    for (int row = 0; row < m_rows.size(); ++row)
        for (int column = 0; column < ColumnCount; ++column)
            setCellError(row, column, QString());
}

void StolenItemsModel::updateTotal()
{
    qint64 total = 0;
    for (const Row& r : std::as_const(m_rows))
        if (const auto v = parseValue(r.value); v && *v > 0 && total <= std::numeric_limits<qint64>::max() - *v)
            total += *v;
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

std::optional<qint64> StolenItemsModel::parseValue(QStringView text, bool* ok)
{
    if (ok)
        *ok = false;
    QStringView s = text.trimmed();
    if (s.isEmpty()) {
        if (ok)
            *ok = true;
        return std::nullopt;
    }
    for (QStringView suffix : {QStringView(u"kr."), QStringView(u"kr"), QStringView(u"sek"), QStringView(u":-")})
        if (s.endsWith(suffix, Qt::CaseInsensitive)) {
            s = s.chopped(suffix.size()).trimmed();
            break;
        }
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'\u2212')) {
        negative = true;
        s = s.mid(1);
    }
    qint64 value = 0;
    int digits = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c >= u'0' && c <= u'9') {
            if (++digits > 15) // a quadrillion kronor is a typing error, and far from overflow
                return std::nullopt;
            value = value * 10 + (c.unicode() - u'0');
        } else if (!(isSpace(c) && digits > 0)) {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (ok)
        *ok = true;
    return negative ? -value : value;
}

QString StolenItemsModel::formatKronor(qint64 value)
{
    const QString digits = QString::number(value < 0 ? -value : value);
    QString out;
    out.reserve(digits.size() + digits.size() / 3 + 1);
    if (value < 0)
        out.append(u'-');
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.append(u'\u00A0');
        out.append(digits[i]);
    }
    return out;
}

QString StolenItemsModel::fieldName(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return QString::fromLatin1(fieldNames[column]);
}

int StolenItemsModel::columnOfField(QStringView field)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (field == QLatin1StringView(fieldNames[c]))
            return c;
    return -1;
}

} // namespace kc
