#pragma once

#include "applications/ApplicationTable.h"
#include "applications/ChecklistTable.h"
#include "applications/FileActions.h"
#include "applications/VisitTable.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "events/Event.h"

class Database;

// What every part of the counter shares: the database, the office's calendar and
// catalogue (each read by the one cache rule), the owners of the counter's tables and
// the rule of what may be done to a file.
struct CounterContext
{
    explicit CounterContext(Database &database);

    Database &db;
    QSqlDatabase &sql;
    OfficeCalendar calendar;
    ServiceCatalogs catalogs;
    ApplicationTable applications;
    VisitTable visits;
    ChecklistTable checklists;
    FileActions actions;

    // The office's date now (its time zone, not the PC's).
    QDate today() { return calendar.shown().today(); }
    Result<Service> serviceOf(const Application &file) { return catalogs.service(file.catalogVersion, file.serviceNumber); }
    Status appendEvent(const Event &event);
};
