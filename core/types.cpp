// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/types.h"

#include <iterator>

namespace kc {

using namespace Qt::StringLiterals;

namespace {

template<typename E>
struct WireEntry
{
    E value;
    QLatin1StringView name;
};

// One table per enum, in declaration order; the static_asserts below keep entry i == value i, so
// wireName() is an index and wireNames() lists the names in declaration order.
template<typename E>
struct WireTable;

template<>
struct WireTable<Channel>
{
    static constexpr WireEntry<Channel> entries[] = {
        {Channel::Phone, "phone"_L1},
        {Channel::Web, "web"_L1},
        {Channel::Email, "email"_L1},
        {Channel::Chat, "chat"_L1},
    };
};

template<>
struct WireTable<ContactState>
{
    static constexpr WireEntry<ContactState> entries[] = {
        {ContactState::Waiting, "waiting"_L1},     {ContactState::Assigned, "assigned"_L1},
        {ContactState::Completed, "completed"_L1}, {ContactState::Abandoned, "abandoned"_L1},
        {ContactState::Scheduled, "scheduled"_L1},
    };
};

template<>
struct WireTable<Disposition>
{
    static constexpr WireEntry<Disposition> entries[] = {
        {Disposition::ReportFiled, "report_filed"_L1},
        {Disposition::AdviceGiven, "advice_given"_L1},
        {Disposition::Referred112, "referred_112"_L1},
        {Disposition::ReferredOtherAgency, "referred_other_agency"_L1},
        {Disposition::CallbackBooked, "callback_booked"_L1},
        {Disposition::NoAction, "no_action"_L1},
        {Disposition::TipForwarded, "tip_forwarded"_L1},
    };
};

template<>
struct WireTable<Role>
{
    static constexpr WireEntry<Role> entries[] = {
        {Role::Agent, "agent"_L1},     {Role::Supervisor, "supervisor"_L1},
        {Role::Trainer, "trainer"_L1}, {Role::Intake, "intake"_L1},
        {Role::Area, "area"_L1},
    };
};

template<>
struct WireTable<AgentStatus>
{
    static constexpr WireEntry<AgentStatus> entries[] = {
        {AgentStatus::Offline, "offline"_L1},    {AgentStatus::Ready, "ready"_L1},
        {AgentStatus::NotReady, "not_ready"_L1}, {AgentStatus::Busy, "busy"_L1},
        {AgentStatus::WrapUp, "wrap_up"_L1},
    };
};

template<>
struct WireTable<ReportStatus>
{
    static constexpr WireEntry<ReportStatus> entries[] = {
        {ReportStatus::Registered, "registered"_L1},
        {ReportStatus::Forwarded, "forwarded"_L1},
        {ReportStatus::Closed, "closed"_L1},
    };
};

template<typename E>
constexpr bool indexedByValue()
{
    int i = 0;
    for (const auto& entry : WireTable<E>::entries) {
        if (static_cast<int>(entry.value) != i++)
            return false;
    }
    return true;
}

static_assert(indexedByValue<Channel>());
static_assert(indexedByValue<ContactState>());
static_assert(indexedByValue<Disposition>());
static_assert(indexedByValue<Role>());
static_assert(indexedByValue<AgentStatus>());
static_assert(indexedByValue<ReportStatus>());

template<typename E>
QString nameOf(E value)
{
    const auto& entries = WireTable<E>::entries;
    const auto i = static_cast<std::size_t>(value);
    Q_ASSERT(i < std::size(entries));
    return QString(entries[i].name);
}

} // namespace

QString wireName(Channel v)
{
    return nameOf(v);
}
QString wireName(ContactState v)
{
    return nameOf(v);
}
QString wireName(Disposition v)
{
    return nameOf(v);
}
QString wireName(Role v)
{
    return nameOf(v);
}
QString wireName(AgentStatus v)
{
    return nameOf(v);
}
QString wireName(ReportStatus v)
{
    return nameOf(v);
}

template<typename E>
std::optional<E> fromWireName(QStringView name)
{
    // Exact, case-sensitive: the contract's names are lower case and nothing else is accepted.
    for (const auto& entry : WireTable<E>::entries) {
        if (name == entry.name)
            return entry.value;
    }
    return std::nullopt;
}

template<typename E>
QStringList wireNames()
{
    QStringList names;
    names.reserve(std::size(WireTable<E>::entries));
    for (const auto& entry : WireTable<E>::entries)
        names.append(QString(entry.name));
    return names;
}

template std::optional<Channel> fromWireName<Channel>(QStringView);
template std::optional<ContactState> fromWireName<ContactState>(QStringView);
template std::optional<Disposition> fromWireName<Disposition>(QStringView);
template std::optional<Role> fromWireName<Role>(QStringView);
template std::optional<AgentStatus> fromWireName<AgentStatus>(QStringView);
template std::optional<ReportStatus> fromWireName<ReportStatus>(QStringView);
template QStringList wireNames<Channel>();
template QStringList wireNames<ContactState>();
template QStringList wireNames<Disposition>();
template QStringList wireNames<Role>();
template QStringList wireNames<AgentStatus>();
template QStringList wireNames<ReportStatus>();

} // namespace kc
