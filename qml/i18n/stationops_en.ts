<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActiveAlarmList</name>
    <message numerus="yes">
        <source>%n alarm(s) need attention.</source>
        <translation>
            <numerusform>%n alarm needs attention.</numerusform>
            <numerusform>%n alarms need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n selected</source>
        <translation>
            <numerusform>Acknowledge %n selected</numerusform>
            <numerusform>Acknowledge %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records at odds (%n open)</source>
        <translation>
            <numerusform>Records at odds (%n open)</numerusform>
            <numerusform>Records at odds (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message numerus="yes">
        <source>%n item(s) still to do</source>
        <translation>
            <numerusform>%n item still to do</numerusform>
            <numerusform>%n items still to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverWritePanel</name>
    <message numerus="yes">
        <source>Hand over %n item(s)</source>
        <translation>
            <numerusform>Hand over %n item</numerusform>
            <numerusform>Hand over %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n patrol(s) or check(s) due or overdue now.</source>
        <translation>
            <numerusform>%n patrol or check due or overdue now.</numerusform>
            <numerusform>%n patrols or checks due or overdue now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · staff number %3. The tablet locks itself after %n idle minute(s).</source>
        <translation>
            <numerusform>%1 · %2 · staff number %3. The tablet locks itself after %n idle minute.</numerusform>
            <numerusform>%1 · %2 · staff number %3. The tablet locks itself after %n idle minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s)</source>
        <translation>
            <numerusform>The first %n row</numerusform>
            <numerusform>The first %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n finalized inspection(s), with every answer</source>
        <translation>
            <numerusform>%n finalized inspection, with every answer</numerusform>
            <numerusform>%n finalized inspections, with every answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booth shift(s): drawer pull, and each seller&apos;s over and short</source>
        <translation>
            <numerusform>%n booth shift: drawer pull, and each seller&apos;s over and short</numerusform>
            <numerusform>%n booth shifts: drawer pull, and each seller&apos;s over and short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with their timelines; names and phone numbers masked</source>
        <translation>
            <numerusform>%n incident with its timeline; names and phone numbers masked</numerusform>
            <numerusform>%n incidents with their timelines; names and phone numbers masked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::AuthService</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff number or PIN not recognised. %n tries left.</source>
        <translation>
            <numerusform>Staff number or PIN not recognised. %n try left.</numerusform>
            <numerusform>Staff number or PIN not recognised. %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::alarms::AlarmDesk</name>
    <message numerus="yes">
        <source>%n not acknowledged (the banner&apos;s badges). Worst: %1</source>
        <translation>
            <numerusform>%n not acknowledged (the banner&apos;s badges). Worst: %1</numerusform>
            <numerusform>%n not acknowledged (the banner&apos;s badges). Worst: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside (shelved or in maintenance).</source>
        <translation>
            <numerusform>%n set aside (shelved or in maintenance).</numerusform>
            <numerusform>%n set aside (shelved or in maintenance).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::alarms::AlarmModel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shelved until %1 (%n min left) by %2: %3</source>
        <translation>
            <numerusform>Shelved until %1 (%n min left) by %2: %3</numerusform>
            <numerusform>Shelved until %1 (%n min left) by %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::cash::CashDesk</name>
    <message numerus="yes">
        <source>%n entrie(s) imported.</source>
        <translation>
            <numerusform>%n entry imported.</numerusform>
            <numerusform>%n entries imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::cash::SellerModel</name>
    <message numerus="yes">
        <source>%n error-free shift(s) in a row</source>
        <translation>
            <numerusform>%n error-free shift in a row</numerusform>
            <numerusform>%n error-free shifts in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::checklists::DueModel</name>
    <message numerus="yes">
        <source>%n missed today</source>
        <translation>
            <numerusform>%n missed today</numerusform>
            <numerusform>%n missed today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::checklists::InspectionService</name>
    <message numerus="yes">
        <source>%n item(s) still need an answer or a note.</source>
        <translation>
            <numerusform>%n item still needs an answer or a note.</numerusform>
            <numerusform>%n items still need an answer or a note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::checklists::RecentModel</name>
    <message numerus="yes">
        <source>%n fault(s)</source>
        <translation>
            <numerusform>%n fault</numerusform>
            <numerusform>%n faults</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::supervision::Dashboard</name>
    <message numerus="yes">
        <source>too early to rate: the shift began %n minute(s) ago; a rate needs 10</source>
        <translation>
            <numerusform>too early to rate: the shift began %n minute ago; a rate needs 10</numerusform>
            <numerusform>too early to rate: the shift began %n minutes ago; a rate needs 10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in 10 minutes</source>
        <translation>
            <numerusform>%n alarm in 10 minutes</numerusform>
            <numerusform>%n alarms in 10 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n time(s)</source>
        <translation>
            <numerusform>%1 · %n time</numerusform>
            <numerusform>%1 · %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done today</source>
        <translation>
            <numerusform>%n done today</numerusform>
            <numerusform>%n done today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed today</source>
        <translation>
            <numerusform>%n missed today</numerusform>
            <numerusform>%n missed today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::supervision::HandoverDesk</name>
    <message numerus="yes">
        <source>Handed over by %1 at %2 to %3: %n item(s)</source>
        <translation>
            <numerusform>Handed over by %1 at %2 to %3: %n item</numerusform>
            <numerusform>Handed over by %1 at %2 to %3: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed over by %1 at %2: %n item(s)</source>
        <translation>
            <numerusform>Handed over by %1 at %2: %n item</numerusform>
            <numerusform>Handed over by %1 at %2: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::supervision::HandoverHistoryModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::sync::SyncDesk</name>
    <message numerus="yes">
        <source>%1 · %2 · %n record(s), %3 new, %4 conflicts</source>
        <translation>
            <numerusform>%1 · %2 · %n record, %3 new, %4 conflicts</numerusform>
            <numerusform>%1 · %2 · %n records, %3 new, %4 conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go</source>
        <translation>
            <numerusform>%n record waiting to go</numerusform>
            <numerusform>%n records waiting to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made here have waited longer than %1 min for the station server, the oldest since %2. They are safe on this tablet; check the Wi-Fi or tell the control room.</source>
        <extracomment>Records saved on this tablet have not reached the station server for too long.</extracomment>
        <translation>
            <numerusform>%n record made here has waited longer than %1 min for the station server, since %2. It is safe on this tablet; check the Wi-Fi or tell the control room.</numerusform>
            <numerusform>%n records made here have waited longer than %1 min for the station server, the oldest since %2. They are safe on this tablet; check the Wi-Fi or tell the control room.</numerusform>
        </translation>
    </message>
</context>
</TS>
