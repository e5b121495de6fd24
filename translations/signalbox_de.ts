<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Signalbox::Application</name>
    <message>
        <location filename="../app/application.cpp" line="+70"/>
        <location line="+276"/>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Copied the delivery report as Markdown.</source>
        <translation>Der Lieferbericht wurde als Markdown kopiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+26"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The override was not saved: %1</source>
        <translation>Die Übersteuerung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied the wave as a checklist.</source>
        <translation>Die Welle wurde als Checkliste kopiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the release plan %1.</source>
        <translation>Der Release-Plan %1 wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Release plan</source>
        <translation>Release-Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stopped syncing %1; nothing of it was written.</source>
        <translation>Synchronisierung von %1 abgebrochen; davon wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+177"/>
        <source>the demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Rebuilding the cache of %1…</source>
        <translation>Cache für %1 wird neu aufgebaut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Repository scan stopped; the repositories read before it were kept.</source>
        <translation>Repository-Scan angehalten; die bis dahin gelesenen Repositorys wurden behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository scan stopped; nothing was changed.</source>
        <translation>Repository-Scan angehalten; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Repositories scanned: %n new commit(s).</source>
        <translation>
            <numerusform>Repositorys gelesen: %n neuer Commit.</numerusform>
            <numerusform>Repositorys gelesen: %n neue Commits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo workspace is built in and cannot be changed. Save a copy of it (or write your own workspace file) to add sources.</source>
        <translation>Der Demo-Arbeitsbereich ist integriert und kann nicht geändert werden. Speichern Sie eine Kopie davon (oder schreiben Sie eine eigene Arbeitsbereichsdatei), um Quellen hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not reload %1: %2</source>
        <translation>%1 konnte nicht neu geladen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Opened %1: %n service(s) in %2 ms</source>
        <translation>
            <numerusform>%1 geöffnet: %n Dienst in %2 ms</numerusform>
            <numerusform>%1 geöffnet: %n Dienste in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous cache was kept as %1.</source>
        <translation>Der bisherige Cache wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ArgoRolloutsSource</name>
    <message>
        <location filename="../services/sources/argorollouts/argorolloutsmapping.cpp" line="+235"/>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+19"/>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>expected a list</source>
        <translation>eine Liste erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>expected a number</source>
        <translation>eine Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../services/sources/argorollouts/argorolloutssource.cpp" line="+134"/>
        <source>the Rollout in %1 cannot be read: %2</source>
        <translation>der Rollout in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Argo Rollouts, context %1: %2</source>
        <translation>Argo Rollouts, Kontext %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Argo Rollouts</source>
        <translation>Argo Rollouts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kubeconfig file, relative to the workspace file; empty: KUBECONFIG or ~/.kube/config, as kubectl reads them</source>
        <translation>kubeconfig-Datei, relativ zur Arbeitsbereichsdatei; leer: KUBECONFIG oder ~/.kube/config, wie kubectl sie liest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kubeconfig contexts to read, several at once; empty: the current context</source>
        <translation>Zu lesende kubeconfig-Kontexte, mehrere gleichzeitig; leer: der aktuelle Kontext</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Namespaces to read in each context; empty: the context&apos;s namespace, else default</source>
        <translation>In jedem Kontext zu lesende Namespaces; leer: der Namespace des Kontexts, sonst default</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kubernetes label selector for the Rollouts read, e.g. team=checkout</source>
        <translation>Kubernetes-Label-Selektor für die gelesenen Rollouts, z. B. team=checkout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Rollout&apos;s label naming its service; without it the app label, then the Rollout&apos;s name</source>
        <translation>Das Label des Rollouts, das seinen Dienst nennt; ohne es das Label app, dann der Name des Rollouts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rollout name (or label value) to service name, overriding the labels</source>
        <translation>Rollout-Name (oder Label-Wert) zu Dienstname, hat Vorrang vor den Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow changes as they happen after each sync</source>
        <translation>Änderungen nach jeder Synchronisierung verfolgen, sobald sie geschehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <location line="+194"/>
        <location line="+22"/>
        <source>Argo Rollouts: %1</source>
        <translation>Argo Rollouts: %1</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>context %1: Rollouts can be read at %2</source>
        <translation>Kontext %1: Rollouts können unter %2 gelesen werden</translation>
    </message>
</context>
<context>
    <name>Signalbox::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+16"/>
        <source>Signalbox coordinates deployments across many microservices: it shows which failing service is the root cause, which deployments are blocked and why, and a safe order to deploy in.</source>
        <translation>Signalbox koordiniert Deployments über viele Microservices hinweg: Es zeigt, welcher fehlschlagende Dienst die Grundursache ist, welche Deployments blockiert sind und warum, und in welcher Reihenfolge sicher ausgerollt werden kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The version can-i-deploy asks about.</source>
        <translation>Die Version, nach der can-i-deploy fragt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the bundled demo workspace.</source>
        <translation>Den mitgelieferten Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the cache databases in &lt;dir&gt;.</source>
        <translation>Cache-Datenbanken in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the time to the first painted workspace, then quit.</source>
        <translation>Zeit bis zur ersten Darstellung des Arbeitsbereichs ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace a command reads (default: $SIGNALBOX_WORKSPACE, else the last one opened).</source>
        <translation>Der Arbeitsbereich, den ein Befehl liest (Standard: $SIGNALBOX_WORKSPACE, sonst der zuletzt geöffnete).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target environment of blocked, plan and impact (default: the workspace&apos;s last environment).</source>
        <translation>Die Zielumgebung für blocked, plan und impact (Standard: die letzte Umgebung des Arbeitsbereichs).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print a command&apos;s result as JSON.</source>
        <translation>Das Ergebnis eines Befehls als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The format report writes: md (Markdown, the default) or pdf.</source>
        <translation>Das Format, das report schreibt: md (Markdown, die Vorgabe) oder pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file report writes (default: standard output; a PDF needs a file).</source>
        <translation>Die Datei, die report schreibt (Vorgabe: Standardausgabe; ein PDF braucht eine Datei).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The window report covers, in days up to now (default 30; Four Keys uses 90).</source>
        <translation>Der Zeitraum, den report abdeckt, in Tagen bis jetzt (Vorgabe 30; Four Keys nimmt 90).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last day report covers, as YYYY-MM-DD (default: now).</source>
        <translation>Der letzte Tag, den report abdeckt, als JJJJ-MM-TT (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save what plan prints as a release plan called &lt;name&gt;.</source>
        <translation>Speichert, was plan ausgibt, als Release-Plan mit dem Namen &lt;name&gt;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workspace file to open in the window.</source>
        <translation>Die Arbeitsbereichsdatei, die im Fenster geöffnet wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or a command that runs without a window:
  triage                     root causes, their victims, flaky and independent failures
  blocked                    pending changes for the environment, deployable or blocked, and why
  plan SERVICE[@VERSION]...  a safe deployment order in waves (every pending change when none is named); exits 1 when any is blocked
  plan ... --save NAME       also saves it as a release plan (even when something is blocked); exits 2 when an open plan has that name
  plans                      every release plan: open or finished, who made it, how far it got
  impact SERVICE             what it needs, who needs it, and which consumers its pending version would break
  sync [SOURCE]...           pull fresh data from every source (or those named) into the cache; exits 5 when any failed
  discover PATH...           services, dependencies with their evidence and CI files found in local git repositories (no workspace needed)
  scan [REPOSITORY]...       read the workspace&apos;s repositories (or those named) into the cache: services, templates, history; exits 5 when any failed
  history                    per service: commits, first commit to first green pipeline, pipeline changes followed by a failure within a day
  templates                  per service: the pipeline template and version it uses, who is behind, hand-rolled pipelines
  report                     the bottleneck checklist, DORA metrics and build times as Markdown or PDF (--format, --out, --days, --until)
  can-i-deploy SERVICE --version V --env E
                             asks the workspace&apos;s Pact Broker; exits 0 yes, 1 no, 2 unknown or not asked</source>
        <translation>Oder ein Befehl, der ohne Fenster läuft:
  triage                     Grundursachen, ihre Folgefehler, instabile und eigenständige Fehler
  blocked                    ausstehende Änderungen für die Umgebung, ausrollbar oder blockiert, und warum
  plan SERVICE[@VERSION]...  eine sichere Deployment-Reihenfolge in Wellen (alle ausstehenden Änderungen, wenn keine genannt ist); Exit-Code 1, wenn eine davon blockiert ist
  plan ... --save NAME       speichert ihn außerdem als Release-Plan (auch wenn etwas blockiert ist); Exit-Code 2, wenn ein offener Plan diesen Namen trägt
  plans                      alle Release-Pläne: offen oder abgeschlossen, wer sie angelegt hat, wie weit sie sind
  impact SERVICE             was der Dienst benötigt, wer ihn benötigt und welche Konsumenten durch seine ausstehende Version brechen würden
  sync [SOURCE]...           aktuelle Daten aus allen Quellen (oder den genannten) in den Cache holen; Exit-Code 5, wenn eine davon fehlschlug
  discover PATH...           Dienste, Abhängigkeiten mit ihren Nachweisen und CI-Dateien, die in lokalen Git-Repositorys gefunden werden (kein Arbeitsbereich erforderlich)
  scan [REPOSITORY]...       die Repositorys des Arbeitsbereichs (oder die genannten) in den Cache lesen: Dienste, Vorlagen, Historie; Exit-Code 5, wenn eines fehlschlug
  history                    je Dienst: Commits, erster Commit bis zur ersten grünen Pipeline, Pipeline-Änderungen, denen binnen eines Tages ein Fehlschlag folgte
  templates                  je Dienst: die Pipeline-Vorlage und Version, die er nutzt, wer zurückliegt, selbst gebaute Pipelines
  report                     die Engpass-Checkliste, DORA-Kennzahlen und Build-Zeiten als Markdown oder PDF (--format, --out, --days, --until)
  can-i-deploy SERVICE --version V --env E
                             fragt den Pact Broker des Arbeitsbereichs; Exit-Code 0 ja, 1 nein, 2 unbekannt oder nicht gefragt</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>--json, --env and --workspace go with a command (triage, blocked, plan, plans, impact, sync, discover, scan, history, templates, report).</source>
        <translation>--json, --env und --workspace gehören zu einem Befehl (triage, blocked, plan, plans, impact, sync, discover, scan, history, templates, report).</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>--demo and --workspace exclude each other.</source>
        <translation>--demo und --workspace schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>impact takes exactly one service.</source>
        <translation>impact erwartet genau einen Dienst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>can-i-deploy takes one service, --version and --env: can-i-deploy SERVICE --version V --env E.</source>
        <translation>can-i-deploy erwartet einen Dienst, --version und --env: can-i-deploy SERVICE --version V --env E.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>discover takes one or more repository folders.</source>
        <translation>discover erwartet einen oder mehrere Repository-Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no arguments.</source>
        <translation>%1 erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format takes md or pdf, not &quot;%1&quot;.</source>
        <translation>--format nimmt md oder pdf, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--days takes a number of days from 1 to 3660, not &quot;%1&quot;.</source>
        <translation>--days nimmt eine Zahl von Tagen von 1 bis 3660, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--until takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--until nimmt ein Datum als JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report --format pdf needs --out FILE.</source>
        <translation>report --format pdf braucht --out DATEI.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>--save goes with plan.</source>
        <translation>--save gehört zu plan.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>--save takes the plan&apos;s name.</source>
        <translation>--save erwartet den Namen des Plans.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>--format, --out, --days and --until go with report.</source>
        <translation>--format, --out, --days und --until gehören zu report.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only one workspace can be opened at a time.</source>
        <translation>Es kann nur ein Arbeitsbereich gleichzeitig geöffnet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--demo and a workspace path exclude each other.</source>
        <translation>--demo und ein Arbeitsbereichspfad schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+48"/>
        <source>Try &apos;signalbox --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;signalbox --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/headlesscommand.cpp" line="+128"/>
        <source>Nothing is failing.</source>
        <translation>Nichts schlägt fehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <location line="+394"/>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <location line="-412"/>
        <location line="+19"/>
        <source>VERDICT</source>
        <translation>URTEIL</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n service(s) have no status at all; they are not counted as healthy.</source>
        <translation>
            <numerusform>%n Dienst hat überhaupt keinen Status; er wird nicht als gesund gezählt.</numerusform>
            <numerusform>%n Dienste haben überhaupt keinen Status; sie werden nicht als gesund gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+744"/>
        <location line="+1"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="-745"/>
        <source>NOW</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deployable</source>
        <translation>ausrollbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing is waiting to go to %1.</source>
        <translation>Nichts wartet auf ein Deployment in %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+163"/>
        <source>no such service in the workspace: %1</source>
        <translation>kein Dienst dieses Namens im Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Nothing to deploy to %1.</source>
        <translation>Für %1 gibt es nichts auszurollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wave %1: %2</source>
        <translation>Welle %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deploy together (cycle %1): %2</source>
        <translation>Gemeinsam ausrollen (Zyklus %1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back:</source>
        <translation>Zurückgehalten:</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%1 needs (%n service(s)): </source>
        <translation>
            <numerusform>%1 benötigt (%n Dienst): </numerusform>
            <numerusform>%1 benötigt (%n Dienste): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Needed by (%n service(s)): </source>
        <translation>
            <numerusform>Benötigt von (%n Dienst): </numerusform>
            <numerusform>Benötigt von (%n Diensten): </numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploying %1 %2 to %3 now breaks no verified contract.</source>
        <translation>Ein Deployment von %1 %2 in %3 bricht jetzt keinen verifizierten Vertrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploying %1 %2 to %3 now would break:</source>
        <translation>Ein Deployment von %1 %2 in %3 würde jetzt diese Verträge brechen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the workspace has no source %1 (it has: %2)</source>
        <translation>der Arbeitsbereich hat keine Quelle %1 (er hat: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+168"/>
        <location line="+269"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT MODIFIED</source>
        <translation>NICHT GEÄNDERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+169"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+157"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <location line="+157"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>an open release plan is already called %1 (to %2, created by %3); finish it in the window or choose another name</source>
        <translation>ein offener Release-Plan heißt bereits %1 (nach %2, angelegt von %3); schließen Sie ihn im Fenster ab oder wählen Sie einen anderen Namen</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Saved release plan %1 (%n service(s)) to %2.</source>
        <translation>
            <numerusform>Release-Plan %1 (%n Dienst) für %2 gespeichert.</numerusform>
            <numerusform>Release-Plan %1 (%n Dienste) für %2 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No release plan saved: it would be empty.</source>
        <translation>Kein Release-Plan gespeichert: Er wäre leer.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED BY</source>
        <translation>ANGELEGT VON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No release plans yet: save one with &quot;signalbox plan --save NAME&quot;.</source>
        <translation>Noch keine Release-Pläne: Speichern Sie einen mit &quot;signalbox plan --save NAME&quot;.</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+157"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+14"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>OWNER</source>
        <translation>VERANTWORTLICH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>EVIDENCE</source>
        <translation>NACHWEIS</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No services found: no catalog-info.yaml, compose or Kubernetes files.</source>
        <translation>Keine Dienste gefunden: keine catalog-info.yaml, keine Compose- oder Kubernetes-Dateien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+336"/>
        <source>CONSUMER</source>
        <translation>KONSUMENT</translation>
    </message>
    <message>
        <location line="-336"/>
        <location line="+337"/>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>No dependencies found.</source>
        <translation>Keine Abhängigkeiten gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CI FILE</source>
        <translation>CI-DATEI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SYSTEM</source>
        <translation>SYSTEM</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <source>SERVICES</source>
        <translation>DIENSTE</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No CI definitions found.</source>
        <translation>Keine CI-Definitionen gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the workspace has no repository %1 (it has: %2)</source>
        <translation>der Arbeitsbereich hat kein Repository %1 (er hat: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workspace names no repositories; add a &quot;repositories:&quot; list with the folders of local clones</source>
        <translation>der Arbeitsbereich nennt keine Repositorys; fügen Sie eine Liste &quot;repositories:&quot; mit den Ordnern lokaler Klone hinzu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEW COMMITS</source>
        <translation>NEUE COMMITS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILES READ</source>
        <translation>GELESENE DATEIEN</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>scanned</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No history yet: name the repositories in the workspace and run &quot;signalbox scan&quot;.</source>
        <translation>Noch keine Historie: Nennen Sie die Repositorys im Arbeitsbereich und führen Sie &quot;signalbox scan&quot; aus.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No pipelines known yet: name the repositories in the workspace and run &quot;signalbox scan&quot;.</source>
        <translation>Noch keine Pipelines bekannt: Nennen Sie die Repositorys im Arbeitsbereich und führen Sie &quot;signalbox scan&quot; aus.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 nach %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: the Pact Broker could not be asked about %1</source>
        <translation>Fehler: Der Pact Broker konnte zu %1 nicht gefragt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown: the Pact Broker cannot tell about %1</source>
        <translation>unbekannt: Der Pact Broker kann zu %1 nichts sagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: the Pact Broker allows %1</source>
        <translation>ja: Der Pact Broker erlaubt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: the Pact Broker does not allow %1</source>
        <translation>nein: Der Pact Broker erlaubt %1 nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notice: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no workspace: pass --workspace FILE, --demo, or set SIGNALBOX_WORKSPACE.</source>
        <translation>kein Arbeitsbereich: --workspace FILE oder --demo angeben oder SIGNALBOX_WORKSPACE setzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>cannot open the workspace %1</source>
        <translation>der Arbeitsbereich %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown environment %1 (the workspace has: %2)</source>
        <translation>unbekannte Umgebung %1 (der Arbeitsbereich hat: %2)</translation>
    </message>
</context>
<context>
    <name>Signalbox::ContractChecker</name>
    <message>
        <location filename="../services/contracts/contractchecker.cpp" line="+35"/>
        <source>The workspace has no pact-broker source to ask. Add one in Sources to check whether a version can be deployed.</source>
        <translation>Der Arbeitsbereich hat keine pact-broker-Quelle, die gefragt werden kann. Fügen Sie unter „Quellen“ eine hinzu, um zu prüfen, ob eine Version ausgerollt werden kann.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ContractsPanel</name>
    <message>
        <location filename="../views/contracts/contractspanel.cpp" line="+34"/>
        <location line="+164"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+90"/>
        <source>Consumer
Version</source>
        <translation>Konsumenten-
version</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+90"/>
        <source>Provider
Version</source>
        <translation>Anbieter-
version</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Verification</source>
        <translation>Verifizierung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected verification&apos;s result in the browser (Return)</source>
        <translation>Das Ergebnis der ausgewählten Verifizierung im Browser öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Can I deploy?</source>
        <translation>Kann ich ausrollen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the Pact Broker whether this version can be deployed to the environment (Ctrl+Return)</source>
        <translation>Den Pact Broker fragen, ob diese Version in die Umgebung ausgerollt werden kann (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the Pact Broker</source>
        <translation>Der Pact Broker wird gefragt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check Can I Deploy</source>
        <translation>Ausrollbarkeit prüfen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Consumer</source>
        <translation>Konsument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The broker&apos;s matrix</source>
        <translation>Die Matrix des Brokers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a service to see its contracts.</source>
        <translation>Wählen Sie einen Dienst aus, um seine Verträge zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Contracts of %1</source>
        <translation>Verträge von %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2 cannot go to %3:</source>
        <translation>%1 %2 kann nicht nach %3 ausgeliefert werden:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>consumes</source>
        <translation>nutzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provides to</source>
        <translation>bedient</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No contracts are known for %1. Add a Pact Broker source to see them.</source>
        <translation>Für %1 sind keine Verträge bekannt. Fügen Sie eine Pact-Broker-Quelle hinzu, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Asking whether %1 %2 can be deployed to %3…</source>
        <translation>Es wird gefragt, ob %1 %2 nach %3 ausgerollt werden kann …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 nach %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the Pact Broker could not be asked about %1.</source>
        <translation>Unbekannt: Der Pact Broker konnte zu %1 nicht gefragt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes: the Pact Broker allows %1.</source>
        <translation>Ja: Der Pact Broker erlaubt %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No: the Pact Broker does not allow %1.</source>
        <translation>Nein: Der Pact Broker erlaubt %1 nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown: the Pact Broker cannot tell about %1.</source>
        <translation>Unbekannt: Der Pact Broker kann zu %1 nichts sagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (ignored)</source>
        <translation>%1 (ignoriert)</translation>
    </message>
</context>
<context>
    <name>Signalbox::Credentials</name>
    <message>
        <location filename="../services/credentials/credentials.cpp" line="+36"/>
        <source>keychain entry %1</source>
        <translation>Schlüsselbund-Eintrag %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the keychain has no entry %1; store the token with Sources &gt; Edit</source>
        <translation>der Schlüsselbund hat keinen Eintrag %1; speichern Sie das Token über Quellen &gt; Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keychain could not be read for %1: %2</source>
        <translation>der Schlüsselbund konnte für %1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>environment variables %1</source>
        <translation>Umgebungsvariablen %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the token could not be stored in the keychain: %1</source>
        <translation>das Token konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the token could not be removed from the keychain: %1</source>
        <translation>das Token konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::DiagnosticListModel</name>
    <message>
        <location filename="../models/itemmodels/diagnosticlistmodel.cpp" line="+37"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Signalbox::Discovery</name>
    <message>
        <location filename="../services/discovery/catalogdiscoverer.cpp" line="+125"/>
        <source>line %1: a %2 without metadata.name</source>
        <translation>Zeile %1: %2 ohne metadata.name</translation>
    </message>
    <message>
        <location filename="../services/discovery/composediscoverer.cpp" line="+215"/>
        <location filename="../services/discovery/kubernetesdiscoverer.cpp" line="+281"/>
        <source>expected a map at the top, found %1</source>
        <translation>Map auf oberster Ebene erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>services: expected a map, found %1</source>
        <translation>services: Map erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a service without a name</source>
        <translation>ein Dienst ohne Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service %1: expected a map, found %2</source>
        <translation>Dienst %1: Map erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>service %1: image: expected text, found %2</source>
        <translation>Dienst %1: image: Text erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>service %1: environment %2: expected text, found %3</source>
        <translation>Dienst %1: environment %2: Text erwartet, gefunden: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>service %1: environment: expected KEY=VALUE, found %2</source>
        <translation>Dienst %1: environment: KEY=VALUE erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>service %1: environment: expected a map or a list, found %2</source>
        <translation>Dienst %1: environment: Map oder Liste erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>service %1: %2: expected a service name, found %3</source>
        <translation>Dienst %1: %2: Dienstname erwartet, gefunden: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>service %1: %2: expected a list, found %3</source>
        <translation>Dienst %1: %2: Liste erwartet, gefunden: %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>line %1: service %2 depends on %3, which no compose file in this folder defines</source>
        <translation>Zeile %1: Dienst %2 hängt von %3 ab, den keine Compose-Datei in diesem Ordner definiert</translation>
    </message>
    <message>
        <location line="+82"/>
        <location filename="../services/discovery/kubernetesdiscoverer.cpp" line="-141"/>
        <source>could not read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/discovery/discoverysupport.cpp" line="+70"/>
        <source>not valid YAML at line %1, column %2: %3</source>
        <translation>kein gültiges YAML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../services/discovery/discoveryyaml.cpp" line="+35"/>
        <source>invalid YAML at line %1: %2</source>
        <translation>ungültiges YAML in Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../services/discovery/kubernetesdiscoverer.cpp" line="+54"/>
        <source>a Helm chart without a name</source>
        <translation>ein Helm-Chart ohne Namen</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+105"/>
        <source>%1: expected a list, found %2</source>
        <translation>%1: Liste erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1: expected a path, found %2</source>
        <translation>%1: Pfad erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is remote and was not read</source>
        <translation>%1: %2 verweist auf eine entfernte Adresse und wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is outside the repository</source>
        <translation>%1: %2 liegt außerhalb des Repositorys</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 leads back to this kustomization (a cycle)</source>
        <translation>%1: %2 führt zurück zu dieser kustomization (ein Zyklus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the folder %2 has no kustomization</source>
        <translation>%1: der Ordner %2 hat keine kustomization</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not in the repository</source>
        <translation>%1: %2 ist nicht im Repository</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>items: expected a list, found %1</source>
        <translation>items: Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: expected a map, found %2</source>
        <translation>%1: Map erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: metadata: expected a map, found %2</source>
        <translation>%1: metadata: Map erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a %1 without a name</source>
        <translation>%1 ohne Namen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a Service without a name</source>
        <translation>ein Service ohne Namen</translation>
    </message>
</context>
<context>
    <name>Signalbox::DiscoveryPanel</name>
    <message>
        <location filename="../views/discovery/discoverypanel.cpp" line="+80"/>
        <source>Show datastores, brokers and observability</source>
        <translation>Datenspeicher, Broker und Observability zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;scan</source>
        <translation>Neu &amp;lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the repositories again: only what changed since the last scan (Ctrl+Alt+R)</source>
        <translation>Die Repositorys erneut lesen: nur, was sich seit dem letzten Scan geändert hat (Strg+Alt+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the selected services or dependencies as part of the catalog (Ctrl+Return)</source>
        <translation>Die ausgewählten Dienste oder Abhängigkeiten in den Katalog übernehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the selected rows out of the graph and the analysis (Delete)</source>
        <translation>Die ausgewählten Zeilen aus Graph und Analyse herauslassen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the decision about the selected rows</source>
        <translation>Die Entscheidung zu den ausgewählten Zeilen vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Service…</source>
        <translation>&amp;Dienst hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Dependency…</source>
        <translation>Ab&amp;hängigkeit hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a service or dependency that was added by hand</source>
        <translation>Einen von Hand hinzugefügten Dienst oder eine Abhängigkeit entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Where the selected row comes from; double-click to open the file</source>
        <translation>Woher die ausgewählte Zeile stammt; Doppelklick öffnet die Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This workspace names no repositories. Add a &quot;repositories:&quot; list with the folders of local clones to find services, dependencies, pipeline templates and history in them.</source>
        <translation>Dieser Arbeitsbereich nennt keine Repositorys. Fügen Sie eine Liste &quot;repositories:&quot; mit den Ordnern lokaler Klone hinzu, um darin Dienste, Abhängigkeiten, Pipeline-Vorlagen und Historie zu finden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repositories: %1</source>
        <translation>Repositorys: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n Dienst gefunden</numerusform>
            <numerusform>%n Dienste gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not confirmed yet</source>
        <translation>
            <numerusform>%n noch nicht bestätigt</numerusform>
            <numerusform>%n noch nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The demo workspace is built in and cannot be changed. Save a copy of it (or write your own workspace file) to keep decisions.</source>
        <translation>Der Demo-Arbeitsbereich ist eingebaut und kann nicht geändert werden. Speichern Sie eine Kopie davon (oder schreiben Sie eine eigene Arbeitsbereichsdatei), um Entscheidungen festzuhalten.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add service %1</source>
        <translation>Dienst %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add dependency %1 → %2</source>
        <translation>Abhängigkeit %1 → %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove service %1</source>
        <translation>Dienst %1 entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove dependency %1</source>
        <translation>Abhängigkeit %1 entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>team, optional</source>
        <translation>Team, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 is already in the catalog.</source>
        <translation>%1 ist bereits im Katalog.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Consumer (calls):</source>
        <translation>&amp;Konsument (ruft auf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider (is called):</source>
        <translation>&amp;Anbieter (wird aufgerufen):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scanning the repositories…</source>
        <translation>Die Repositorys werden gelesen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: reading files (%2 of %3)</source>
        <translation>%1: Dateien werden gelesen (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: reading history (%n commit(s))</source>
        <translation>
            <numerusform>%1: Historie wird gelesen (%n Commit)</numerusform>
            <numerusform>%1: Historie wird gelesen (%n Commits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::DiscoveryTables</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/discoverytables.cpp" line="+39"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>declared</source>
        <translation>deklariert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found, not confirmed</source>
        <translation>gefunden, nicht bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+54"/>
        <location line="+54"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+26"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <location line="+139"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+158"/>
        <location line="+50"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Declared in the workspace; the repositories confirm it.</source>
        <translation>Im Arbeitsbereich deklariert; die Repositorys bestätigen es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consumer</source>
        <translation>Konsument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>behind: newest is %1</source>
        <translation>veraltet: neueste ist %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not pinned to a version</source>
        <translation>an keine Version gebunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on a template</source>
        <translation>mit Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hand-rolled</source>
        <translation>selbst gebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no pipeline</source>
        <translation>keine Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(default branch)</source>
        <translation>(Standard-Branch)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last commit</source>
        <translation>Letzter Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First commit to first green pipeline</source>
        <translation>Erster Commit bis zur ersten grünen Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline changes</source>
        <translation>Pipeline-Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed within a day</source>
        <translation>Binnen eines Tages fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no runs known</source>
        <translation>keine Läufe bekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no green run yet</source>
        <translation>noch kein grüner Lauf</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merges to trunk (4 weeks)</source>
        <translation>Merges in den Trunk (4 Wochen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open branches</source>
        <translation>Offene Branches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest open branch</source>
        <translation>Ältester offener Branch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not scanned yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trunk: %1. Merges counted on its first-parent line.</source>
        <translation>Trunk: %1. Gezählt werden Merges auf seiner First-Parent-Linie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Signalbox::FileSource</name>
    <message>
        <location filename="../services/sources/file/filesource.cpp" line="+64"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>erwartet eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>&quot;%1&quot; ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown value &quot;%1&quot;, taken as unknown</source>
        <translation>unbekannter Wert &quot;%1&quot;, als unbekannt gewertet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1; the entry was skipped</source>
        <translation>%1; der Eintrag wurde übersprungen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>expected a list; all of it was skipped</source>
        <translation>Liste erwartet; der gesamte Inhalt wurde übersprungen</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>no run &quot;%1&quot; in this file or in the cache</source>
        <translation>kein Lauf &quot;%1&quot; in dieser Datei oder im Cache</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+238"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>resolved before it was created</source>
        <translation>vor seiner Erstellung behoben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a commit: expected 7 to 40 hex digits</source>
        <translation>&quot;%1&quot; ist kein Commit: erwartet werden 7 bis 40 Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>expected an object; skipped</source>
        <translation>Objekt erwartet; übersprungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>JSON file</source>
        <translation>JSON-Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The JSON file to read, relative to the workspace file</source>
        <translation>Die zu lesende JSON-Datei, relativ zur Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift all times so that the file&apos;s anchor is now (for demos and recordings)</source>
        <translation>Alle Zeiten so verschieben, dass der Ankerzeitpunkt der Datei jetzt ist (für Demos und Aufzeichnungen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON object with runs, deployments, …</source>
        <translation>%1: JSON-Objekt mit runs, deployments, … erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &quot;%1&quot;; reading it as %2</source>
        <translation>unbekanntes Format &quot;%1&quot;; wird als %2 gelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rebaseTimes is set but the file has no valid anchor time; times are used as they are</source>
        <translation>rebaseTimes ist gesetzt, aber die Datei hat keine gültige Ankerzeit; die Zeiten werden unverändert verwendet</translation>
    </message>
</context>
<context>
    <name>Signalbox::FlaggerSource</name>
    <message>
        <location filename="../services/sources/flagger/flaggercanary.cpp" line="+35"/>
        <location line="+202"/>
        <location line="+18"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a time</source>
        <translation>Zeitpunkt erwartet</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+82"/>
        <source>expected a name</source>
        <translation>Name erwartet</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>expected a namespace</source>
        <translation>Namespace erwartet</translation>
    </message>
    <message>
        <location filename="../services/sources/flagger/flaggersource.cpp" line="+73"/>
        <source>context %1, namespace %2</source>
        <translation>Kontext %1, Namespace %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the canary %1 in %2 cannot be read: %3</source>
        <translation>der Canary %1 in %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Flagger</source>
        <translation>Flagger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kubeconfig file, relative to the workspace file; empty: KUBECONFIG or ~/.kube/config, as kubectl reads them</source>
        <translation>kubeconfig-Datei, relativ zur Workspace-Datei; leer: KUBECONFIG oder ~/.kube/config, wie kubectl sie liest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kubeconfig contexts to read, several at once; empty: the current context</source>
        <translation>Zu lesende kubeconfig-Kontexte, mehrere zugleich; leer: der aktuelle Kontext</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Namespaces to read in each context; empty: the context&apos;s namespace, else default</source>
        <translation>In jedem Kontext zu lesende Namespaces; leer: der Namespace des Kontexts, sonst default</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kubernetes label selector the canaries must match, e.g. team=checkout</source>
        <translation>Kubernetes-Label-Selektor, dem die Canarys entsprechen müssen, z. B. team=checkout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label of a canary naming its service; without it the app label, then the target workload&apos;s name, then the canary&apos;s name</source>
        <translation>Label eines Canarys, das seinen Dienst nennt; ohne es das Label app, dann der Name des Ziel-Workloads, dann der Name des Canarys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canary name or label value to service name, where they differ</source>
        <translation>Canary-Name oder Label-Wert zu Dienstname, wo sie sich unterscheiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow changes as they happen instead of only at each refresh</source>
        <translation>Änderungen verfolgen, sobald sie geschehen, statt nur bei jeder Aktualisierung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <location line="+51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Canaries can be read in %1.</source>
        <translation>Canarys können in %1 gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Signalbox::Git</name>
    <message>
        <location filename="../services/git/gitrepository.cpp" line="+73"/>
        <source>%1 is not a commit id</source>
        <translation>%1 ist keine Commit-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commit %1 is missing (%2)</source>
        <translation>Commit %1 fehlt (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the tree of commit %1 is missing (%2)</source>
        <translation>der Tree von Commit %1 fehlt (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+152"/>
        <source>object %1 is missing (a shallow or partial clone?)</source>
        <translation>Objekt %1 fehlt (ein Shallow- oder Partial-Clone?)</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+9"/>
        <source>symlink leaves the repository (%1)</source>
        <translation>Symlink verlässt das Repository (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>symlink points to %1, which is not in the repository</source>
        <translation>Symlink zeigt auf %1, das nicht im Repository liegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>symlink loop through %1</source>
        <translation>Symlink-Schleife über %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>symlink points to the submodule %1</source>
        <translation>Symlink zeigt auf das Submodul %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+247"/>
        <source>folder object %1 is missing (a shallow or partial clone?)</source>
        <translation>Ordnerobjekt %1 fehlt (ein Shallow- oder Partial-Clone?)</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>submodule at commit %1; not scanned</source>
        <translation>Submodul auf Commit %1; nicht durchsucht</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>file is larger than %1 bytes (%2 bytes); not read</source>
        <translation>Datei ist größer als %1 Byte (%2 Byte); nicht gelesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>binary file; not read</source>
        <translation>Binärdatei; nicht gelesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a git repository</source>
        <translation>%1 ist kein Git-Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the git repository %1: %2</source>
        <translation>das Git-Repository %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+4"/>
        <source>%1 names no commit in %2</source>
        <translation>%1 bezeichnet keinen Commit in %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 is not in the tree of commit %2</source>
        <translation>%1 ist nicht im Tree von Commit %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a folder at commit %2</source>
        <translation>%1 ist in Commit %2 kein Ordner</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no blob id</source>
        <translation>keine Blob-ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not in the tree of commit %1</source>
        <translation>nicht im Tree von Commit %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>symlink points to the folder %1</source>
        <translation>Symlink zeigt auf den Ordner %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submodule; not scanned</source>
        <translation>Submodul; nicht durchsucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
</context>
<context>
    <name>Signalbox::GitHistory</name>
    <message>
        <location filename="../services/git/githistory.cpp" line="+57"/>
        <location line="+17"/>
        <source>the tree of commit %1 is missing (a shallow or partial clone?)</source>
        <translation>der Tree von Commit %1 fehlt (ein flacher oder partieller Klon?)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the parent of commit %1 is missing (a shallow clone?)</source>
        <translation>der Vorgänger von Commit %1 fehlt (ein flacher Klon?)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot compare commit %1 with its parent: %2</source>
        <translation>Commit %1 kann nicht mit seinem Vorgänger verglichen werden: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>cannot walk the history of %1: %2</source>
        <translation>die Historie von %1 kann nicht durchlaufen werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the history ends early, a commit is missing (a shallow clone?): %1</source>
        <translation>die Historie endet vorzeitig, ein Commit fehlt (ein flacher Klon?): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>commit %1 is missing (a shallow clone?)</source>
        <translation>Commit %1 fehlt (ein flacher Klon?)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is not a branch of %2</source>
        <translation>%1 ist kein Branch von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the tip of %1 is missing: %2</source>
        <translation>die Spitze von %1 fehlt: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the history of %1 ends early, a commit is missing (a shallow clone?): %2</source>
        <translation>die Historie von %1 endet vorzeitig, ein Commit fehlt (ein flacher Klon?): %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot list the branches: %1</source>
        <translation>die Branches können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the tip of branch %1 is missing: %2</source>
        <translation>die Spitze von Branch %1 fehlt: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the history of branch %1 ends early, a commit is missing (a shallow clone?): %2</source>
        <translation>die Historie von Branch %1 endet vorzeitig, ein Commit fehlt (ein flacher Klon?): %2</translation>
    </message>
</context>
<context>
    <name>Signalbox::GitHubSource</name>
    <message>
        <location filename="../services/sources/github/githubpayload.cpp" line="+25"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (true or false)</source>
        <translation>%1 (true oder false)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../services/sources/github/githubsource.cpp" line="+256"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+15"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+49"/>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>expected text, found %1</source>
        <translation>Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a time, found %1</source>
        <translation>Zeitangabe erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown value &quot;%1&quot; (in the answer from %2); taken as unknown</source>
        <translation>unbekannter Wert &quot;%1&quot; (in der Antwort von %2); als unbekannt gewertet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (in the answer from %2); %3</source>
        <translation>%1 (in der Antwort von %2); %3</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the run was skipped</source>
        <translation>der Lauf wurde übersprungen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the job was skipped</source>
        <translation>der Job wurde übersprungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the deployment was skipped</source>
        <translation>das Deployment wurde übersprungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the issue was skipped</source>
        <translation>das Issue wurde übersprungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the status was skipped</source>
        <translation>der Status wurde übersprungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the environment was skipped</source>
        <translation>die Umgebung wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../services/sources/github/githubsource.cpp" line="-192"/>
        <source>baseUrl &quot;%1&quot; is not an http(s) address; use https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation>baseUrl &quot;%1&quot; ist keine http(s)-Adresse; verwenden Sie https://api.github.com oder für GitHub Enterprise Server https://HOST/api/v3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>baseUrl must not contain a user or password; name the token with token: { env: … } instead</source>
        <translation>baseUrl darf weder Benutzer noch Passwort enthalten; geben Sie das Token stattdessen mit token: { env: … } an</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not owner/repo (for example acme/shop); skipped</source>
        <translation>&quot;%1&quot; hat nicht die Form owner/repo (zum Beispiel acme/shop); übersprungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no repositories to read; list them as owner/repo in the source&apos;s repositories setting</source>
        <translation>keine Repositorys zu lesen; führen Sie sie als owner/repo in der Einstellung repositories der Quelle auf</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+5"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered 304 Not Modified to a request that was not conditional; a proxy may be answering in its place</source>
        <translation>%1 hat auf eine nicht bedingte Anfrage mit 304 Not Modified geantwortet; möglicherweise antwortet ein Proxy an seiner Stelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer from %1 is a web page, not JSON; check that baseUrl is the API address (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server)</source>
        <translation>die Antwort von %1 ist eine Webseite, kein JSON; prüfen Sie, ob baseUrl die API-Adresse ist (https://api.github.com oder für GitHub Enterprise Server https://HOST/api/v3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the answer from %1 is not what GitHub sends there (expected %2)</source>
        <translation>die Antwort von %1 entspricht nicht dem, was GitHub dort sendet (erwartet: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object with a list &quot;%1&quot;</source>
        <translation>ein Objekt mit einer Liste &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected an object (in the answer from %1); skipped</source>
        <translation>Objekt erwartet (in der Antwort von %1); übersprungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the answer from %1 puts its next page on another server (%2); it was not followed, so that the token is not sent there</source>
        <translation>die Antwort von %1 verweist für die nächste Seite auf einen anderen Server (%2); dem wurde nicht gefolgt, damit das Token nicht dorthin gesendet wird</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1: runs of the workflow &quot;%2&quot; (%3) match no entry of the workflows setting and were skipped; add it there to see them</source>
        <translation>%1: Läufe des Workflows &quot;%2&quot; (%3) passen zu keinem Eintrag der Einstellung workflows und wurden übersprungen; fügen Sie ihn dort hinzu, um sie zu sehen</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>%1: its runs are assigned by workflow, but its deployments and environments belong to no single service and were skipped; map the repository with services: { %1: NAME } to see them</source>
        <translation>%1: Die Läufe werden nach Workflow zugeordnet, aber die Deployments und Umgebungen gehören zu keinem einzelnen Dienst und wurden übersprungen; ordnen Sie das Repository mit services: { %1: NAME } zu, um sie zu sehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no catalog service has this repository or its name; its runs go to a new service &quot;%2&quot;. Set the repository of a catalog service, or map it with services: { %1: NAME }</source>
        <translation>%1: Kein Dienst im Katalog hat dieses Repository oder dessen Namen; die Läufe gehen an einen neuen Dienst &quot;%2&quot;. Legen Sie das Repository eines Katalogdienstes fest oder ordnen Sie es mit services: { %1: NAME } zu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the repository of several catalog services (%2); its runs go to %3. Assign its workflows with the workflows setting</source>
        <translation>%1 ist das Repository mehrerer Katalogdienste (%2); die Läufe gehen an %3. Ordnen Sie die Workflows mit der Einstellung workflows zu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server reports no rate limit</source>
        <translation>der Server meldet kein Rate-Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 API requests left in this hour</source>
        <translation>%1 von %2 API-Anfragen in dieser Stunde übrig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GitHub API address; for GitHub Enterprise Server https://HOST/api/v3</source>
        <translation>Die Adresse der GitHub-API; für GitHub Enterprise Server https://HOST/api/v3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The repositories to read, as owner/repo</source>
        <translation>Die zu lesenden Repositorys, als owner/repo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>owner/repo to service name. Without an entry a repository belongs to the catalog service whose repository is that repository, else to the catalog service named like the repository, else to a new service named like the repository (with a warning)</source>
        <translation>owner/repo zu Dienstname. Ohne Eintrag gehört ein Repository zu dem Katalogdienst, dessen Repository dieses Repository ist, sonst zu dem Katalogdienst, der wie das Repository heißt, sonst zu einem neuen Dienst, der wie das Repository heißt (mit einer Warnung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For monorepos: workflow name or workflow file path (.github/workflows/cart.yml) to service name. Once a repository&apos;s runs match an entry, its runs that match none are skipped with a warning</source>
        <translation>Für Monorepos: Workflow-Name oder Pfad der Workflow-Datei (.github/workflows/cart.yml) zu Dienstname. Sobald Läufe eines Repositorys zu einem Eintrag passen, werden seine Läufe, die zu keinem passen, mit einer Warnung übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of the most recent runs of each repository to keep up to date</source>
        <translation>Wie viele der neuesten Läufe jedes Repositorys aktuell gehalten werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also read issues labelled incident as incidents (the Four Keys convention): a label service:NAME or the repository&apos;s service names the service, and &quot;root cause: SHA&quot; in the body the commit. The token needs read access to issues</source>
        <translation>Auch Issues mit dem Label incident als Vorfälle lesen (die Konvention von Four Keys): ein Label service:NAME oder der Service des Repositorys nennt den Service, &quot;root cause: SHA&quot; im Text den Commit. Das Token braucht Lesezugriff auf Issues</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A PEM file of certificate authorities to trust in addition to the system&apos;s, for a GitHub Enterprise Server with its own CA</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird, für einen GitHub Enterprise Server mit eigener CA</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>GitHub at %1 was reached, but the token was refused (HTTP 401); check the token</source>
        <translation>GitHub unter %1 wurde erreicht, aber das Token wurde abgelehnt (HTTP 401); prüfen Sie das Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub at %1 was reached, but the token was refused (HTTP 401); check the token (%2)</source>
        <translation>GitHub unter %1 wurde erreicht, aber das Token wurde abgelehnt (HTTP 401); prüfen Sie das Token (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GitHub at %1 could not be reached: %2</source>
        <translation>GitHub unter %1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered, but not like the GitHub API; check that baseUrl is the API address (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server)</source>
        <translation>%1 hat geantwortet, aber nicht wie die GitHub-API; prüfen Sie, ob baseUrl die API-Adresse ist (https://api.github.com oder für GitHub Enterprise Server https://HOST/api/v3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub at %1 was reached, but: %2</source>
        <translation>GitHub unter %1 wurde erreicht, aber: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to GitHub at %1 without a token (%2); only public repositories can be read. Set GITHUB_TOKEN or GH_TOKEN, or name a token in the workspace.</source>
        <translation>Ohne Token mit GitHub unter %1 verbunden (%2); nur öffentliche Repositorys können gelesen werden. Setzen Sie GITHUB_TOKEN oder GH_TOKEN oder geben Sie im Arbeitsbereich ein Token an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connected to GitHub at %1 as %2 (%3).</source>
        <translation>Mit GitHub unter %1 als %2 verbunden (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to GitHub at %1 with a token that works but cannot say whose it is, such as an app&apos;s (%2).</source>
        <translation>Mit GitHub unter %1 verbunden; das Token funktioniert, kann aber nicht sagen, wem es gehört, wie etwa das einer App (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to GitHub at %1, but asking whose the token is failed: %2</source>
        <translation>Mit GitHub unter %1 verbunden, aber die Abfrage, wem das Token gehört, ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Signalbox::GitLabSource</name>
    <message>
        <location filename="../services/sources/gitlab/gitlabapi.cpp" line="+24"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../services/sources/gitlab/gitlabsource.cpp" line="+287"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../services/sources/gitlab/gitlabsource.cpp" line="+0"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected an object but found %1 in the answer from %2; %3</source>
        <translation>Objekt erwartet, aber %1 gefunden (in der Antwort von %2); %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in the answer from %2; %3</source>
        <translation>%1 (in der Antwort von %2); %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the answer from %2</source>
        <translation>%1 (in der Antwort von %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected an object but found %1</source>
        <translation>Objekt erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>expected a whole number above 0 but found %1</source>
        <translation>ganze Zahl größer als 0 erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected text but found %1</source>
        <translation>Text erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a time but found &quot;%1&quot;</source>
        <translation>Zeitangabe erwartet, aber &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a time but found %1</source>
        <translation>Zeitangabe erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a number of seconds but found %1</source>
        <translation>Anzahl Sekunden erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected true or false but found %1</source>
        <translation>true oder false erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+42"/>
        <location line="+23"/>
        <source>unknown status &quot;%1&quot;, shown as unknown</source>
        <translation>unbekannter Status &quot;%1&quot;, als unbekannt angezeigt</translation>
    </message>
    <message>
        <location filename="../services/sources/gitlab/gitlabsource.cpp" line="-224"/>
        <source>baseUrl &quot;%1&quot; is not an http or https address such as https://gitlab.example.com</source>
        <translation>baseUrl &quot;%1&quot; ist keine http- oder https-Adresse wie https://gitlab.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tokenType &quot;%1&quot; is not known; use private (sent as PRIVATE-TOKEN) or bearer (sent as Authorization: Bearer)</source>
        <translation>tokenType &quot;%1&quot; ist unbekannt; verwenden Sie private (gesendet als PRIVATE-TOKEN) oder bearer (gesendet als Authorization: Bearer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>maxPipelines must be a whole number from 1 to %1</source>
        <translation>maxPipelines muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>projects names no project; list paths such as group/app or numeric project ids</source>
        <translation>projects nennt kein Projekt; führen Sie Pfade wie group/app oder numerische Projekt-IDs auf</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the answer from %1 is not shaped like GitLab&apos;s API v4 (expected %2); check that baseUrl is the address of a GitLab instance</source>
        <translation>die Antwort von %1 hat nicht die Form der GitLab-API v4 (erwartet: %2); prüfen Sie, ob baseUrl die Adresse einer GitLab-Instanz ist</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>project %1 matches no service of the catalog (by repository or name); its data goes to a service named &quot;%2&quot;; map it under services to choose one</source>
        <translation>Projekt %1 passt zu keinem Dienst des Katalogs (nach Repository oder Name); seine Daten gehen an einen Dienst namens &quot;%2&quot;; ordnen Sie es unter services zu, um einen Dienst zu wählen</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+85"/>
        <source>this pipeline was skipped</source>
        <translation>diese Pipeline wurde übersprungen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>this job was skipped</source>
        <translation>dieser Job wurde übersprungen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>this deployment was skipped</source>
        <translation>dieses Deployment wurde übersprungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this environment was skipped</source>
        <translation>diese Umgebung wurde übersprungen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address of the GitLab instance, e.g. https://gitlab.com or, self-managed, https://gitlab.example.com; requests go to &lt;baseUrl&gt;/api/v4/…</source>
        <translation>Adresse der GitLab-Instanz, z. B. https://gitlab.com oder, selbst verwaltet, https://gitlab.example.com; Anfragen gehen an &lt;baseUrl&gt;/api/v4/…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects to read: full paths such as group/sub/project (sent URL-encoded, group%2Fsub%2Fproject) or numeric project ids</source>
        <translation>Zu lesende Projekte: vollständige Pfade wie group/sub/project (URL-kodiert gesendet, group%2Fsub%2Fproject) oder numerische Projekt-IDs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project path or id to service name. Without an entry a project goes to the catalog service whose repository ends with /&lt;path&gt; (or /&lt;path&gt;.git), else to the catalog service named like the path&apos;s last segment, else to a service of that name seen only in CI data (with a warning)</source>
        <translation>Projektpfad oder -ID zu Dienstname. Ohne Eintrag geht ein Projekt an den Katalogdienst, dessen Repository auf /&lt;path&gt; (oder /&lt;path&gt;.git) endet, sonst an den Katalogdienst, der wie das letzte Segment des Pfads heißt, sonst an einen Dienst dieses Namens, der nur in CI-Daten vorkommt (mit einer Warnung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the token is sent: private sends PRIVATE-TOKEN (personal, project and group access tokens); bearer sends Authorization: Bearer (OAuth tokens, CI job tokens)</source>
        <translation>Wie das Token gesendet wird: private sendet PRIVATE-TOKEN (persönliche, Projekt- und Gruppen-Zugriffstokens); bearer sendet Authorization: Bearer (OAuth-Tokens, CI-Job-Tokens)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest pipelines read per project; details and jobs are fetched for at most 30 new or changed pipelines per project and sync, the rest on the following syncs</source>
        <translation>Neueste Pipelines, die pro Projekt gelesen werden; Details und Jobs werden pro Projekt und Synchronisierung für höchstens 30 neue oder geänderte Pipelines abgerufen, der Rest bei den folgenden Synchronisierungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PEM file with the certificate authority of a self-managed instance, trusted in addition to the system&apos;s; relative to the workspace file</source>
        <translation>PEM-Datei mit der Zertifizierungsstelle einer selbst verwalteten Instanz, der zusätzlich zu denen des Systems vertraut wird; relativ zur Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>; %1 requests are left in the current rate-limit window</source>
        <translation>; im aktuellen Rate-Limit-Fenster sind noch %1 Anfragen übrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 of %2 requests are left in the current rate-limit window</source>
        <translation>; im aktuellen Rate-Limit-Fenster sind noch %1 von %2 Anfragen übrig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check of GitLab at %1 was cancelled.</source>
        <translation>Die Prüfung von GitLab unter %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitLab could not be reached: %1.</source>
        <translation>GitLab konnte nicht erreicht werden: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitLab at %1 was reached, but the token was refused (HTTP 401); check that it is valid, not expired, and that tokenType fits it%2.</source>
        <translation>GitLab unter %1 wurde erreicht, aber das Token wurde abgelehnt (HTTP 401); prüfen Sie, ob es gültig und nicht abgelaufen ist und ob tokenType dazu passt%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitLab at %1 was reached; without a token only public projects can be read (set GITLAB_TOKEN or name a token in the workspace)%2.</source>
        <translation>GitLab unter %1 wurde erreicht; ohne Token können nur öffentliche Projekte gelesen werden (setzen Sie GITLAB_TOKEN oder geben Sie im Arbeitsbereich ein Token an)%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitLab at %1 was reached, but: %2%3.</source>
        <translation>GitLab unter %1 wurde erreicht, aber: %2%3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered, but not as GitLab&apos;s API does; check that baseUrl is the address of a GitLab instance.</source>
        <translation>%1 hat geantwortet, aber nicht wie die GitLab-API; prüfen Sie, ob baseUrl die Adresse einer GitLab-Instanz ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitLab %1 at %2 was reached; no token is set, so only public projects can be read%3.</source>
        <translation>GitLab %1 unter %2 wurde erreicht; es ist kein Token gesetzt, daher können nur öffentliche Projekte gelesen werden%3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GitLab %1 at %2 was reached, but the token was refused (HTTP 401)%3.</source>
        <translation>GitLab %1 unter %2 wurde erreicht, aber das Token wurde abgelehnt (HTTP 401)%3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to GitLab %1 at %2; the token works, but does not say whose it is%3.</source>
        <translation>Mit GitLab %1 unter %2 verbunden; das Token funktioniert, gibt aber nicht an, wem es gehört%3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to GitLab %1 at %2 as %3%4.</source>
        <translation>Mit GitLab %1 unter %2 als %3 verbunden%4.</translation>
    </message>
</context>
<context>
    <name>Signalbox::GraphPage</name>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="+110"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find a service in the graph</source>
        <translation>Einen Dienst im Graphen suchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Graph Filters</source>
        <translation>Graphfilter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Impact</source>
        <translation>&amp;Auswirkungen</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Find service (Ctrl+F)</source>
        <translation>Dienst suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every service by status (Ctrl+1)</source>
        <translation>Alle Dienste nach Status (Strg+1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Root causes ranked, victims with the path to their root cause; click a root cause for its blast radius (Ctrl+2)</source>
        <translation>Grundursachen nach Rang, Folgefehler mit dem Pfad zu ihrer Grundursache; Klick auf eine Grundursache zeigt alle von ihr betroffenen Dienste (Strg+2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployment waves, blocked services hatched, deploy-together groups boxed (Ctrl+3)</source>
        <translation>Deployment-Wellen, blockierte Dienste schraffiert, gemeinsam auszurollende Gruppen umrahmt (Strg+3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the selected service needs and who needs it (Ctrl+4)</source>
        <translation>Was der gewählte Dienst braucht und wer ihn braucht (Strg+4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group services in boxes; double-click a box&apos;s title to collapse it</source>
        <translation>Dienste in Rahmen gruppieren; ein Doppelklick auf den Titel eines Rahmens klappt ihn zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No groups</source>
        <translation>Keine Gruppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group by team</source>
        <translation>Nach Team gruppieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group by system</source>
        <translation>Nach System gruppieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xpand All</source>
        <translation>Alle a&amp;usklappen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expand every collapsed group</source>
        <translation>Alle eingeklappten Gruppen ausklappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by team</source>
        <translation>Nach Team filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by tier</source>
        <translation>Nach Stufe filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data stores &amp;&amp; infra</source>
        <translation>Datenspeicher &amp;&amp; Infra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show datastores, brokers and observability</source>
        <translation>Datenspeicher, Broker und Observability zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show datastores, brokers and observability components, or leave them out</source>
        <translation>Datenspeicher, Broker und Observability-Komponenten zeigen oder weglassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Focus on the selection</source>
        <translation>Auf die Auswahl fokussieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus: </source>
        <translation>Fokus: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> hops</source>
        <translation> Hops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only services within this many dependencies of the selection</source>
        <translation>Nur Dienste anzeigen, die höchstens so viele Abhängigkeiten von der Auswahl entfernt sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole graph (0)</source>
        <translation>Den ganzen Graphen anzeigen (0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View as &amp;PNG…</source>
        <translation>Ansicht als &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View as &amp;SVG…</source>
        <translation>Ansicht als &amp;SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Plan as Markdown</source>
        <translation>Plan als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Plan as &amp;Markdown…</source>
        <translation>Plan als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No service matches “%1”.</source>
        <translation>Kein Dienst passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The source gave no address for it</source>
        <translation>Die Quelle hat dafür keine Adresse geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Last Pipeline &amp;Run</source>
        <translation>Letzten Pipeline-&amp;Lauf öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Latest &amp;Deployment</source>
        <translation>Neuestes &amp;Deployment öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Contract Verification</source>
        <translation>&amp;Vertragsverifizierung öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Collapse Group %1</source>
        <translation>Gruppe %1 &amp;einklappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Impact</source>
        <translation>&amp;Auswirkungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focus Here</source>
        <translation>Hierauf &amp;fokussieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Graph as PNG</source>
        <translation>Graph als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Export Graph as SVG</source>
        <translation>Graph als SVG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signalbox service graph</source>
        <translation>Signalbox-Dienstgraph</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Deployment plan for %1</source>
        <translation>Deployment-Plan für %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The plan is on the clipboard as Markdown.</source>
        <translation>Der Plan liegt als Markdown in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Plan as Markdown</source>
        <translation>Plan als Markdown speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Signalbox::GraphScene</name>
    <message>
        <location filename="../views/graph/graphexport.cpp" line="+35"/>
        <source>Cannot export %1: the picture would be %2 × %3 pixels; zoom in or export SVG.</source>
        <translation>%1 kann nicht exportiert werden: Das Bild wäre %2 × %3 Pixel groß; vergrößern Sie die Ansicht oder exportieren Sie als SVG.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: check that the folder exists and is writable.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service dependency graph exported by Signalbox</source>
        <translation>Von Signalbox exportierter Abhängigkeitsgraph der Dienste</translation>
    </message>
    <message>
        <location filename="../views/graph/graphitems.cpp" line="+56"/>
        <source>canary %1 %</source>
        <translation>Canary %1 %</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message numerus="yes">
        <location line="+216"/>
        <source>%n service(s) — double-click to expand</source>
        <translation>
            <numerusform>%n Dienst — Doppelklick zum Aufklappen</numerusform>
            <numerusform>%n Dienste — Doppelklick zum Aufklappen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Deploy together</source>
        <translation>Gemeinsam ausrollen</translation>
    </message>
    <message>
        <location filename="../views/graph/graphscene.cpp" line="+78"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rollout at %1 %</source>
        <translation>Rollout bei %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now blocked</source>
        <translation>jetzt blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer blocked</source>
        <translation>nicht mehr blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contracts %1</source>
        <translation>Verträge: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Found in the repositories and not confirmed yet: confirm or hide it in the Repositories panel (Ctrl+Shift+R).</source>
        <translation>In den Repositorys gefunden und noch nicht bestätigt: im Bereich Repositorys bestätigen oder ausblenden (Strg+Umschalt+R).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Just changed: %1</source>
        <translation>Gerade geändert: %1</translation>
    </message>
    <message>
        <location line="+640"/>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waves %1–%2</source>
        <translation>Wellen %1–%2</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n service(s), %1 failing</source>
        <translation>
            <numerusform>%n Dienst, %1 fehlerhaft</numerusform>
            <numerusform>%n Dienste, %1 fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No cascading failure.</source>
        <translation>Keine Fehlerkaskade.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Root cause: %1; %n victim(s)</source>
        <translation>
            <numerusform>Grundursache: %1; %n Folgefehler</numerusform>
            <numerusform>Grundursache: %1; %n Folgefehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n wave(s) to %1</source>
        <translation>
            <numerusform>%n Welle für %1</numerusform>
            <numerusform>%n Wellen für %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a service to see what it needs and who needs it.</source>
        <translation>Wählen Sie einen Dienst aus, um zu sehen, was er benötigt und wer ihn benötigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 needs %n service(s)</source>
        <translation>
            <numerusform>%1 benötigt %n Dienst</numerusform>
            <numerusform>%1 benötigt %n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n need(s) it</source>
        <translation>
            <numerusform>von %n Dienst benötigt</numerusform>
            <numerusform>von %n Diensten benötigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::GraphView</name>
    <message>
        <location filename="../views/graph/graphview.cpp" line="+24"/>
        <source>Service graph</source>
        <translation>Dienstgraph</translation>
    </message>
</context>
<context>
    <name>Signalbox::HistoryScan</name>
    <message>
        <location filename="../services/git/historyscan.cpp" line="+170"/>
        <location line="+84"/>
        <source>the tree %1 is missing (a shallow or partial clone?)</source>
        <translation>der Tree %1 fehlt (ein flacher oder partieller Klon?)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>commit %1, a parent of %2, is missing (a shallow clone?): the history behind it is not read</source>
        <translation>Commit %1, ein Elternteil von %2, fehlt (ein flacher Klon?): die Historie dahinter wird nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>commit %1 is missing</source>
        <translation>Commit %1 fehlt</translation>
    </message>
</context>
<context>
    <name>Signalbox::Http</name>
    <message>
        <location filename="../services/net/httpclient.cpp" line="+133"/>
        <source>the CA bundle %1 cannot be read</source>
        <translation>das CA-Bundle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CA bundle %1 holds no PEM certificate</source>
        <translation>das CA-Bundle %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the answer from %1 is not valid JSON (%2 at byte %3 of %4)</source>
        <translation>die Antwort von %1 ist kein gültiges JSON (%2 bei Byte %3 von %4)</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+162"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped sending for %2 s in the middle of its answer</source>
        <translation>%1 hat mitten in der Antwort %2 s lang nichts mehr gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer from %1 is larger than %2 MB; refused</source>
        <translation>die Antwort von %1 ist größer als %2 MB; abgelehnt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the TLS check of %1 failed (%2); for a server with its own certificate authority, set the source&apos;s caBundle</source>
        <translation>die TLS-Prüfung von %1 ist fehlgeschlagen (%2); setzen Sie für einen Server mit eigener Zertifizierungsstelle die Einstellung caBundle der Quelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 closed the connection before its answer was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (the server said: %1)</source>
        <translation> (Meldung des Servers: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is rate limited (HTTP %2); try again after %3%4</source>
        <translation>%1 hat das Rate-Limit erreicht (HTTP %2); versuchen Sie es nach %3 erneut%4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 refused the credentials (HTTP 401)%2; check the token</source>
        <translation>%1 hat die Anmeldedaten abgelehnt (HTTP 401)%2; prüfen Sie das Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 denied access (HTTP 403)%2; the token may lack a scope</source>
        <translation>%1 hat den Zugriff verweigert (HTTP 403)%2; dem Token fehlt möglicherweise ein Scope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not found (HTTP 404)%2; check the name and that the token can see it</source>
        <translation>%1 wurde nicht gefunden (HTTP 404)%2; prüfen Sie den Namen und ob das Token darauf zugreifen kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 hat mit HTTP %2 geantwortet%3</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source> (after %n attempts)</source>
        <translation>
            <numerusform> (nach %n Versuch)</numerusform>
            <numerusform> (nach %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::Kube</name>
    <message>
        <location filename="../services/kube/kubeclient.cpp" line="+169"/>
        <source>the answer from %1 is not a Kubernetes list (no items)</source>
        <translation>die Antwort von %1 ist keine Kubernetes-Liste (keine items)</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>the watch %1 sent a line that is not a JSON event (%2)</source>
        <translation>der Watch %1 hat eine Zeile gesendet, die kein JSON-Ereignis ist (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the watch %1 reported error %2: %3</source>
        <translation>der Watch %1 meldete Fehler %2: %3</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the watch %1 did not answer within %2 s</source>
        <translation>der Watch %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the watch %1 was silent for %2 s</source>
        <translation>der Watch %1 hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the watch %1 could not be reached: %2</source>
        <translation>der Watch %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the watch %1 was cut off: %2</source>
        <translation>der Watch %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (the server said: %1)</source>
        <translation> (Meldung des Servers: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the watch %1 answered HTTP %2%3</source>
        <translation>der Watch %1 antwortete mit HTTP %2%3</translation>
    </message>
    <message>
        <location filename="../services/kube/kubeconfig.cpp" line="+56"/>
        <source>%1: %2 of %3 is not valid base64</source>
        <translation>%1: %2 von %3 ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the %2 file %3 of %4 cannot be read (%5)</source>
        <translation>%1: die %2-Datei %3 von %4 kann nicht gelesen werden (%5)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the token file %1 cannot be read (%2)</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the credential plugin %1 of user %2 in %3</source>
        <translation>das Anmelde-Plugin %1 des Benutzers %2 in %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be started (%2)</source>
        <translation>%1 kann nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing on stderr)</source>
        <translation>(nichts auf stderr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 printed no ExecCredential JSON (%2)</source>
        <translation>%1 hat kein ExecCredential-JSON ausgegeben (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 printed a %2 %3 instead of an ExecCredential %4</source>
        <translation>%1 hat ein %2 %3 statt eines ExecCredential %4 ausgegeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 gave a client certificate or key that cannot be read</source>
        <translation>%1 lieferte ein Client-Zertifikat oder einen Schlüssel, der nicht gelesen werden kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gave neither a token nor a client certificate</source>
        <translation>%1 lieferte weder ein Token noch ein Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 gave an expirationTimestamp that is not a time: %2</source>
        <translation>%1 lieferte einen expirationTimestamp, der keine Zeitangabe ist: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the kubeconfig file %1 does not exist</source>
        <translation>die kubeconfig-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kubeconfig file %1 in KUBECONFIG does not exist; skipped</source>
        <translation>die kubeconfig-Datei %1 aus KUBECONFIG existiert nicht; übersprungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no kubeconfig file is named</source>
        <translation>es ist keine kubeconfig-Datei angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the kubeconfig files exists: %1</source>
        <translation>keine der kubeconfig-Dateien existiert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the kubeconfig file %1 cannot be read (%2)</source>
        <translation>die kubeconfig-Datei %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid YAML at line %2: %3</source>
        <translation>%1 ist in Zeile %2 kein gültiges YAML: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a kubeconfig: its top level is not a mapping</source>
        <translation>%1 ist keine kubeconfig: die oberste Ebene ist kein Mapping</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is not a list</source>
        <translation>%1: %2 ist keine Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: an entry of %2 at line %3 has no name; skipped</source>
        <translation>%1: ein Eintrag von %2 in Zeile %3 hat keinen Namen; übersprungen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is not a kubeconfig at line %2: %3</source>
        <translation>%1 ist in Zeile %2 keine kubeconfig: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 sets no current-context; name a context</source>
        <translation>%1 setzt keinen current-context; bitte geben Sie einen Kontext an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the context %1 does not exist in %2 (it has: %3)</source>
        <translation>der Kontext %1 existiert nicht in %2 (vorhanden: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contexts</source>
        <translation>keine Kontexte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the cluster %2 of context %3 does not exist</source>
        <translation>%1: der Cluster %2 des Kontexts %3 existiert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the user %2 of context %3 does not exist</source>
        <translation>%1: der Benutzer %2 des Kontexts %3 existiert nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the server of %2 is not an http(s) URL: &quot;%3&quot;</source>
        <translation>%1: der Server von %2 ist keine http(s)-URL: „%3“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 sets both a certificate authority and insecure-skip-tls-verify; choose one</source>
        <translation>%1: %2 setzt sowohl eine Zertifizierungsstelle als auch insecure-skip-tls-verify; bitte wählen Sie eines davon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the certificate authority of %2 holds no PEM certificate</source>
        <translation>%1: die Zertifizierungsstelle von %2 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 has a client certificate without its key, or a key without its certificate</source>
        <translation>%1: %2 hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the client certificate of %2 is not a PEM certificate</source>
        <translation>%1: das Client-Zertifikat von %2 ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the client key of %2 is not an unencrypted PEM private key</source>
        <translation>%1: der Client-Schlüssel von %2 ist kein unverschlüsselter privater PEM-Schlüssel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the proxy-url of %2 is not an http, https or socks5 URL</source>
        <translation>%1: die proxy-url von %2 ist keine http-, https- oder socks5-URL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the exec plugin of %2 names no command</source>
        <translation>%1: das exec-Plugin von %2 nennt keinen Befehl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the exec plugin of %2 asks for apiVersion &quot;%3&quot;; %4 and %5 are supported</source>
        <translation>%1: das exec-Plugin von %2 verlangt apiVersion „%3“; unterstützt werden %4 und %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the exec plugin of %2 needs a terminal (interactiveMode: Always), which Signalbox cannot give it; log in with it in a terminal first</source>
        <translation>%1: das exec-Plugin von %2 braucht ein Terminal (interactiveMode: Always), das Signalbox ihm nicht geben kann; melden Sie sich zuerst in einem Terminal damit an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the tokenFile %2 of %3 cannot be read</source>
        <translation>%1: die tokenFile %2 von %3 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+74"/>
        <location line="+380"/>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter services by name, owner or status (Ctrl+F)</source>
        <translation>Dienste nach Name, Team oder Status filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter services</source>
        <translation>Dienste filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Services</source>
        <translation>Dien&amp;ste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delivery</source>
        <translation>&amp;Lieferung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lans</source>
        <translation>Pl&amp;äne</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+64"/>
        <location line="+10"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+69"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the workspace again and sync every source now, ignoring backoff</source>
        <translation>Arbeitsbereich neu lesen und alle Quellen jetzt synchronisieren, ungeachtet des Backoffs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top Refreshing</source>
        <translation>Aktualisierung &amp;stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh &amp;Automatically</source>
        <translation>Au&amp;tomatisch aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Never (only F5)</source>
        <translation>&amp;Nie (nur F5)</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Minute</numerusform>
            <numerusform>Im Abstand von %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sources…</source>
        <translation>&amp;Quellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load Workspace</source>
        <translation>Arbeitsbereich neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;build Cache…</source>
        <translation>Cache neu a&amp;ufbauen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuild the cache from the sources? The current cache file is kept beside the new one.</source>
        <translation>Cache aus den Quellen neu aufbauen? Die aktuelle Cache-Datei bleibt neben der neuen erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rescan Re&amp;positories</source>
        <translation>Re&amp;positories neu lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Repositories</source>
        <translation>&amp;Repositorys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Graph &amp;Mode</source>
        <translation>Graph&amp;modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Graph</source>
        <translation>&amp;Graph anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Service &amp;Table</source>
        <translation>Dienst&amp;tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Delivery Metrics</source>
        <translation>&amp;Lieferkennzahlen zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show P&amp;lans</source>
        <translation>Pl&amp;äne anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Service</source>
        <translation>Dienst s&amp;uchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme</source>
        <translation>De&amp;sign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Signalbox</source>
        <translation>Ü&amp;ber Signalbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Signalbox</source>
        <translation>Über Signalbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;Coordinates deployments across many microservices: which failing service is the root cause, which deployments are blocked and why, and the safe order to ship them in.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;Koordiniert Deployments über viele Microservices hinweg: welcher fehlschlagende Dienst die Grundursache ist, welche Deployments blockiert sind und warum, und in welcher Reihenfolge sie sicher ausgeliefert werden.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signalbox workspaces (*.yaml *.yml);;All files (*)</source>
        <translation>Signalbox-Arbeitsbereiche (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — Signalbox</source>
        <translation>%1 — Signalbox</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Syncing %n source(s)…</source>
        <translation>
            <numerusform>%n Quelle wird synchronisiert…</numerusform>
            <numerusform>%n Quellen werden synchronisiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Sources panel; Shift+F5 stops</source>
        <translation>Bereich „Quellen“ anzeigen; Umschalt+F5 bricht ab</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n source(s) failing</source>
        <translation>
            <numerusform>%n Quelle fehlerhaft</numerusform>
            <numerusform>%n Quellen fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their data has never arrived; see the Sources panel</source>
        <translation>Die Daten dieser Quellen sind nie eingetroffen; siehe Bereich „Quellen“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their data is kept but stale since %1; see the Sources panel</source>
        <translation>Die Daten dieser Quellen bleiben erhalten, sind aber seit %1 veraltet; siehe Bereich „Quellen“</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the Problems panel (Ctrl+P)</source>
        <translation>Bereich „Probleme“ ein- oder ausblenden (Strg+P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rebuild the cache?</source>
        <translation>Cache neu aufbauen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild from Sources</source>
        <translation>Aus Quellen &amp;neu aufbauen</translation>
    </message>
</context>
<context>
    <name>Signalbox::Models</name>
    <message>
        <location filename="../models/domain/diagnostic.cpp" line="+18"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/domain/status.cpp" line="+303"/>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+28"/>
        <location line="+21"/>
        <location line="+17"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploying</source>
        <translation>Wird ausgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployed</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progressing</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification failed</source>
        <translation>Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unverified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synchronous API</source>
        <translation>Synchrone API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../models/report/planreport.cpp" line="+154"/>
        <location line="+49"/>
        <location line="+17"/>
        <location filename="../models/report/teamleadmarkdown.cpp" line="+161"/>
        <location line="+33"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message broker</source>
        <translation>Message-Broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observability</source>
        <translation>Observability</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../models/report/planreport.cpp" line="-164"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../models/domain/timeformat.cpp" line="+16"/>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/store/storeerror.cpp" line="+21"/>
        <source>Cannot open the cache database %1: %2</source>
        <translation>Die Cache-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache database %1 is damaged (%2). It can be rebuilt from the sources; the damaged file is kept beside it.</source>
        <translation>Die Cache-Datenbank %1 ist beschädigt (%2). Sie kann aus den Quellen neu aufgebaut werden; die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache database %1 was written by a newer version of Signalbox (%2). It was left untouched; update Signalbox to open it.</source>
        <translation>Die Cache-Datenbank %1 wurde von einer neueren Signalbox-Version geschrieben (%2). Sie wurde nicht verändert; aktualisieren Sie Signalbox, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache database %1 is locked by another program: %2</source>
        <translation>Die Cache-Datenbank %1 ist von einem anderen Programm gesperrt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache database %1 reported an error: %2</source>
        <translation>Die Cache-Datenbank %1 hat einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <location filename="../models/analysis/analysis.cpp" line="+417"/>
        <source>%1 went red %2 min after %3 failed, with no change of its own since its last green run; it depends on %3 through %4.</source>
        <translation>%1 wurde %2 Min. nach dem Fehlschlag von %3 rot, ohne eigene Änderung seit dem letzten grünen Lauf; der Dienst hängt über %4 von %3 ab.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 failed on commit %2, which passed before, and its reruns have gone green on unchanged commits: this looks flaky, not broken; rerun it.</source>
        <translation>%1 ist auf Commit %2 fehlgeschlagen, der zuvor erfolgreich war, und die Wiederholungen auf unveränderten Commits sind grün: Das wirkt instabil, nicht defekt; starten Sie den Lauf erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 fails (%2); nothing it depends on and nothing that depends on it is failing.</source>
        <translation>%1 schlägt fehl (%2); weder seine Abhängigkeiten noch die von ihm abhängigen Dienste schlagen fehl.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 fails (%2) on a change of its own although %3, which it needs, failed earlier; look at its own change first.</source>
        <translation>%1 schlägt mit einer eigenen Änderung fehl (%2), obwohl seine Abhängigkeit %3 schon früher fehlgeschlagen ist; prüfen Sie zuerst die eigene Änderung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 went red after %2, which it needs, but %2 looks flaky and is not taken as the cause; rerun %2, then look at %1.</source>
        <translation>%1 wurde nach seiner Abhängigkeit %2 rot, aber %2 wirkt instabil und gilt nicht als Ursache; starten Sie %2 erneut und prüfen Sie dann %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 fails (%2) since %3, before %4 failed; that later failure did not cause it.</source>
        <translation>%1 schlägt seit %3 fehl (%2), also bevor %4 fehlschlug; dieser spätere Fehler ist nicht die Ursache.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 fails (%2) since %3 while nothing it depends on is failing; %n service(s) that depend on it went red after it.</source>
        <translation>
            <numerusform>%1 schlägt seit %3 fehl (%2), während keine seiner Abhängigkeiten fehlschlägt; %n von ihm abhängiger Dienst wurde danach rot.</numerusform>
            <numerusform>%1 schlägt seit %3 fehl (%2), während keine seiner Abhängigkeiten fehlschlägt; %n von ihm abhängige Dienste wurden danach rot.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Its pipeline on the main branch is red since %1 (commit %2); fix or rerun it first.</source>
        <translation>Die Pipeline auf dem Hauptzweig ist seit %1 rot (Commit %2); beheben Sie den Fehler oder starten Sie sie zuerst erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Its contract with %1 %2, which runs in %3, fails verification.</source>
        <translation>Der Vertrag mit %1 %2 (läuft in %3) besteht die Verifizierung nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It needs %1 %2 (the version its contract was verified against), but %3 runs %1 %4; deploy %1 first.</source>
        <translation>Benötigt wird %1 %2 (die Version, gegen die der Vertrag verifiziert wurde), aber in %3 läuft %1 %4; rollen Sie zuerst %1 aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its contract with %1 %2, which runs in %3, has not been verified; run the provider verification for %4 %5.</source>
        <translation>Der Vertrag mit %1 %2 (läuft in %3) ist nicht verifiziert; führen Sie die Anbieterverifizierung für %4 %5 aus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2, which runs in %3, fails verification against this version; deploying it would break %1.</source>
        <translation>%1 %2 (läuft in %3) besteht die Verifizierung gegen diese Version nicht; ein Deployment würde den Vertrag mit %1 brechen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract of %1 %2, which runs in %3, has not been verified against this version.</source>
        <translation>Der Vertrag von %1 %2 (läuft in %3) ist gegen diese Version nicht verifiziert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Its rollout of %1 is %2</source>
        <translation>Der Rollout von %1 ist %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (analysis failed on %1)</source>
        <translation> (Analyse von %1 fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is frozen until %2%3.</source>
        <translation>Für %1 gilt bis %2%3 eine Sperrzeit.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is in a dependency cycle and must ship together with %1, which is not ready.</source>
        <translation>Der Dienst ist Teil eines Abhängigkeitszyklus und muss gemeinsam mit %1 (noch nicht bereit) ausgerollt werden.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>It must wait for %1, which it depends on and which is blocked.</source>
        <translation>Der Dienst muss auf seine blockierte Abhängigkeit %1 warten.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1 %2 fails verification against %3 %4.</source>
        <translation>%1 %2 besteht die Verifizierung gegen %3 %4 nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 was never verified against %3 %4.</source>
        <translation>%1 %2 wurde nie gegen %3 %4 verifiziert.</translation>
    </message>
    <message>
        <location filename="../models/store/database.cpp" line="+26"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../models/store/migrations.cpp" line="+350"/>
        <location filename="../models/store/store.cpp" line="+353"/>
        <source>schema version %1, this build knows up to %2</source>
        <translation>Schemaversion %1, diese Version kennt bis %2</translation>
    </message>
    <message>
        <location filename="../models/store/store.cpp" line="-31"/>
        <source>schema version %1 has not been upgraded yet</source>
        <translation>Schemaversion %1 wurde noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../models/graph/graphdata.cpp" line="+17"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified for the versions that meet</source>
        <translation>für die aufeinandertreffenden Versionen nicht verifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failing verification</source>
        <translation>Verifizierung schlägt fehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no contract tests</source>
        <translation>keine Vertragstests</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>root cause #%1, %n service(s) affected</source>
        <translation>
            <numerusform>Grundursache #%1, %n Dienst betroffen</numerusform>
            <numerusform>Grundursache #%1, %n Dienste betroffen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>victim of %1</source>
        <translation>Folgefehler von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flaky</source>
        <translation>instabil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failing on its own</source>
        <translation>eigenständiger Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollout %1 at %2 %</source>
        <translation>Rollout %1 bei %2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rollout %1</source>
        <translation>Rollout %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../models/report/planreport.cpp" line="+52"/>
        <source>%1 blocked</source>
        <translation>%1 blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ready in wave %2</source>
        <translation>%1 bereit in Welle %2</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Nothing is waiting to be deployed to %1.</source>
        <translation>Nichts wartet auf ein Deployment in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (now %1)</source>
        <translation> (derzeit %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ships together with its cycle</source>
        <translation>wird gemeinsam mit seinem Zyklus ausgerollt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../models/analysis/templatedrift.cpp" line="+113"/>
        <source>%1 uses %2 without a version (the default branch); the newest version in use is %3</source>
        <translation>%1 verwendet %2 ohne Version (den Standard-Branch); die neueste verwendete Version ist %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses %2 without a version (the default branch); no service pins a version of it</source>
        <translation>%1 verwendet %2 ohne Version (den Standard-Branch); kein Dienst legt eine Version davon fest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uses %2 at commit %3, which cannot be ordered against the newest version in use, %4</source>
        <translation>%1 verwendet %2 auf Commit %3, der sich nicht mit der neuesten verwendeten Version %4 vergleichen lässt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses %2 at commit %3; no service pins a version of it</source>
        <translation>%1 verwendet %2 auf Commit %3; kein Dienst legt eine Version davon fest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 uses %2@%3, a branch or tag that is not a version; the newest version in use is %4</source>
        <translation>%1 verwendet %2@%3, einen Branch oder Tag, der keine Version ist; die neueste verwendete Version ist %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses %2@%3, a branch or tag that is not a version; no service pins a version of it</source>
        <translation>%1 verwendet %2@%3, einen Branch oder Tag, der keine Version ist; kein Dienst legt eine Version davon fest</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>GitLab template %1</source>
        <translation>GitLab-Vorlage %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jenkins library %1</source>
        <translation>Jenkins-Bibliothek %1</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>%1 uses %2@%3; the newest in use is %4 (%n service(s))</source>
        <translation>
            <numerusform>%1 verwendet %2@%3; die neueste verwendete Version ist %4 (%n Dienst)</numerusform>
            <numerusform>%1 verwendet %2@%3; die neueste verwendete Version ist %4 (%n Dienste)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has a hand-rolled pipeline with no shared template (%2)</source>
        <translation>%1 hat eine selbst geschriebene Pipeline ohne gemeinsame Vorlage (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has pipeline files that could not be read, and no template was found in the rest (%2)</source>
        <translation>%1 hat Pipeline-Dateien, die nicht gelesen werden konnten, und im Rest wurde keine Vorlage gefunden (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no pipeline definition</source>
        <translation>%1 hat keine Pipeline-Definition</translation>
    </message>
    <message>
        <location filename="../models/analysis/deliveryhistory.cpp" line="+76"/>
        <source>within a day</source>
        <translation>innerhalb eines Tages</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>innerhalb von %n Stunde</numerusform>
            <numerusform>innerhalb von %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n minute(s)</source>
        <translation>
            <numerusform>innerhalb von %n Minute</numerusform>
            <numerusform>innerhalb von %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Pipeline change %1 in %2</source>
        <translation>Pipeline-Änderung %1 in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline change %1 in %2 (&quot;%3&quot;)</source>
        <translation>Pipeline-Änderung %1 in %2 („%3“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no commit time, so what followed it cannot be told.</source>
        <translation>%1 hat keine Commit-Zeit; was darauf folgte, lässt sich nicht sagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n failed run(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagener Lauf</numerusform>
            <numerusform>%n fehlgeschlagene Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n of the change itself)</source>
        <translation>
            <numerusform>%1 (%n davon aus der Änderung selbst)</numerusform>
            <numerusform>%1 (%n davon aus der Änderung selbst)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed or rolled-back deployment(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagenes oder zurückgerolltes Deployment</numerusform>
            <numerusform>%n fehlgeschlagene oder zurückgerollte Deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n aborted or degraded rollout(s)</source>
        <translation>
            <numerusform>%n abgebrochener oder beeinträchtigter Rollout</numerusform>
            <numerusform>%n abgebrochene oder beeinträchtigte Rollouts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was followed by %2 %3.</source>
        <translation>Nach %1 gab es %3: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not followed by any run of %2 %3, so its effect is not known.</source>
        <translation>Nach %1 lief %3 keine Pipeline von %2; die Wirkung der Änderung ist daher nicht bekannt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 was followed by %n run(s) %2, none of which failed.</source>
        <translation>
            <numerusform>Nach %1 gab es %2 %n Lauf, ohne Fehlschlag.</numerusform>
            <numerusform>Nach %1 gab es %2 %n Läufe, keiner davon schlug fehl.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analysis/dora.cpp" line="+800"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+19"/>
        <location filename="../models/report/teamleadmarkdown.cpp" line="-178"/>
        <source>not enough data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>elite</source>
        <translation>Elite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>under a day</source>
        <translation>unter einem Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under a week</source>
        <translation>unter einer Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under a month</source>
        <translation>unter einem Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under six months</source>
        <translation>unter sechs Monaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>six months or more</source>
        <translation>sechs Monate oder mehr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>15 % or less</source>
        <translation>15 % oder weniger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>16 to 45 %</source>
        <translation>16 bis 45 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>46 % or more</source>
        <translation>46 % oder mehr</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../models/report/teamleadmarkdown.cpp" line="+148"/>
        <location line="+33"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no deployments in the window</source>
        <translation>keine Deployments im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deploys %1 (%2)</source>
        <translation>deployt %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lead time not known</source>
        <translation>Durchlaufzeit unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead time %1 (%2)</source>
        <translation>Durchlaufzeit %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change failure rate not known</source>
        <translation>Änderungsfehlerrate unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of changes failed (%2)</source>
        <translation>%1 % der Änderungen fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no restore measured</source>
        <translation>keine Wiederherstellung gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored in %1 (%2)</source>
        <translation>wiederhergestellt in %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1: %2, %3, %4, %5.</translation>
    </message>
    <message>
        <location filename="../models/analysis/checklist.cpp" line="+291"/>
        <source>No pipeline runs in the window.</source>
        <translation>Keine Pipeline-Läufe im Zeitraum.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A run of %1 failed in &quot;%2&quot;, which names %3.</source>
        <translation>Ein Lauf von %1 schlug in „%2“ fehl, das %3 nennt.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Pipeline &quot;%1&quot; on commit %2 ran for %3 services and failed for %4 of them: %5.</source>
        <translation>Pipeline „%1“ auf Commit %2 lief für %3 Dienste und schlug für %4 davon fehl: %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed run(s) stopped in a job or stage naming another service</source>
        <translation>
            <numerusform>%n fehlgeschlagener Lauf endete in einem Job oder einer Stage, die einen anderen Dienst nennt</numerusform>
            <numerusform>%n fehlgeschlagene Läufe endeten in einem Job oder einer Stage, die einen anderen Dienst nennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shared pipeline(s) failed for several services at once</source>
        <translation>
            <numerusform>%n gemeinsame Pipeline schlug für mehrere Dienste zugleich fehl</numerusform>
            <numerusform>%n gemeinsame Pipelines schlugen für mehrere Dienste zugleich fehl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sources recorded no jobs, so a failure cannot be traced to another service&apos;s tests.</source>
        <translation>Die Quellen haben keine Jobs erfasst; ein Fehlschlag lässt sich daher nicht auf die Tests eines anderen Dienstes zurückführen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No run failed in the window (%n run(s)), so nothing was blocked.</source>
        <translation>
            <numerusform>Im Zeitraum schlug kein Lauf fehl (%n Lauf); es wurde also nichts blockiert.</numerusform>
            <numerusform>Im Zeitraum schlug kein Lauf fehl (%n Läufe); es wurde also nichts blockiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>None of the %n failed run(s) in the window has its jobs recorded.</source>
        <translation>
            <numerusform>Für den %n fehlgeschlagenen Lauf im Zeitraum sind keine Jobs erfasst.</numerusform>
            <numerusform>Für keinen der %n fehlgeschlagenen Läufe im Zeitraum sind Jobs erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>None of the %n failed run(s) in the window stopped in a job naming another service, and no shared pipeline failed for several services.</source>
        <translation>
            <numerusform>Der %n fehlgeschlagene Lauf im Zeitraum endete nicht in einem Job, der einen anderen Dienst nennt, und keine gemeinsame Pipeline schlug für mehrere Dienste fehl.</numerusform>
            <numerusform>Keiner der %n fehlgeschlagenen Läufe im Zeitraum endete in einem Job, der einen anderen Dienst nennt, und keine gemeinsame Pipeline schlug für mehrere Dienste fehl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n failed run(s) had no jobs recorded.</source>
        <translation>
            <numerusform>Für %n fehlgeschlagenen Lauf sind keine Jobs erfasst.</numerusform>
            <numerusform>Für %n fehlgeschlagene Läufe sind keine Jobs erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No finished run with a duration in the window.</source>
        <translation>Kein abgeschlossener Lauf mit Dauer im Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n service(s) with finished runs have a median build over %2.</source>
        <translation>
            <numerusform>%1 von %n Dienst mit abgeschlossenen Läufen hat einen Build-Median über %2.</numerusform>
            <numerusform>%1 von %n Diensten mit abgeschlossenen Läufen haben einen Build-Median über %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: median build %2, p90 %3, over %n run(s).</source>
        <translation>
            <numerusform>%1: Build-Median %2, p90 %3, über %n Lauf.</numerusform>
            <numerusform>%1: Build-Median %2, p90 %3, über %n Läufe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 and %2 went to production %3 apart with no contract verification of the pair and no rollout analysis.</source>
        <translation>%1 und %2 gingen im Abstand von %3 in Produktion, ohne Vertragsprüfung des Paars und ohne Rollout-Analyse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No two dependent services were deployed to production within a day of each other in the window.</source>
        <translation>Im Zeitraum wurden keine zwei abhängigen Dienste innerhalb eines Tages nacheinander in Produktion ausgerollt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n deployment(s) of dependent services within a day of each other had no contract verification or rollout analysis.</source>
        <translation>
            <numerusform>%1 von %n Deployment abhängiger Dienste innerhalb eines Tages hatte keine Vertragsprüfung und keine Rollout-Analyse.</numerusform>
            <numerusform>%1 von %n Deployments abhängiger Dienste innerhalb eines Tages hatten keine Vertragsprüfung und keine Rollout-Analyse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No production deployment in the window followed a deployment to another environment.</source>
        <translation>Kein Produktions-Deployment im Zeitraum folgte auf ein Deployment in eine andere Umgebung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A deployment of %1 to %2 was rolled back.</source>
        <translation>Ein Deployment von %1 in %2 wurde zurückgerollt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deployment of %1 to %2 failed.</source>
        <translation>Ein Deployment von %1 in %2 ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 of %n service(s) deploying to production went through %2 before it.</source>
        <translation>
            <numerusform>%1 von %n Dienst, der in Produktion ausrollt, ging vorher durch %2.</numerusform>
            <numerusform>%1 von %n Diensten, die in Produktion ausrollen, gingen vorher durch %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n failed or rolled-back deployment(s) to %1 in the window.</source>
        <translation>
            <numerusform>%n fehlgeschlagenes oder zurückgerolltes Deployment in %1 im Zeitraum.</numerusform>
            <numerusform>%n fehlgeschlagene oder zurückgerollte Deployments in %1 im Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production followed a deployment there after a median of %1.</source>
        <translation>Die Produktion folgte einem Deployment dort nach im Median %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 went through %2 before %n production deployment(s) in the window.</source>
        <translation>
            <numerusform>%1 ging vor %n Produktions-Deployment im Zeitraum durch %2.</numerusform>
            <numerusform>%1 ging vor %n Produktions-Deployments im Zeitraum durch %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No pipeline definition changed in the window.</source>
        <translation>Im Zeitraum wurde keine Pipeline-Definition geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Nothing ran within a day after any of the %n pipeline change(s) in the window, so their effect is not known.</source>
        <translation>
            <numerusform>Innerhalb eines Tages nach der %n Pipeline-Änderung im Zeitraum lief nichts; ihre Wirkung ist daher nicht bekannt.</numerusform>
            <numerusform>Innerhalb eines Tages nach keiner der %n Pipeline-Änderungen im Zeitraum lief etwas; ihre Wirkung ist daher nicht bekannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 of %n pipeline change(s) in the window were followed within a day by a failed or rolled-back deployment or an aborted or degraded rollout.</source>
        <translation>
            <numerusform>Auf %1 von %n Pipeline-Änderung im Zeitraum folgte innerhalb eines Tages ein fehlgeschlagenes oder zurückgerolltes Deployment oder ein abgebrochener oder beeinträchtigter Rollout.</numerusform>
            <numerusform>Auf %1 von %n Pipeline-Änderungen im Zeitraum folgte innerhalb eines Tages ein fehlgeschlagenes oder zurückgerolltes Deployment oder ein abgebrochener oder beeinträchtigter Rollout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>None of the %n pipeline change(s) in the window was followed by a failed deployment or rollout within a day.</source>
        <translation>
            <numerusform>Auf die %n Pipeline-Änderung im Zeitraum folgte innerhalb eines Tages kein fehlgeschlagenes Deployment und kein fehlgeschlagener Rollout.</numerusform>
            <numerusform>Auf keine der %n Pipeline-Änderungen im Zeitraum folgte innerhalb eines Tages ein fehlgeschlagenes Deployment oder ein fehlgeschlagener Rollout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n other change(s) had failed runs after them but no failed deployment, which is not an outage.</source>
        <translation>
            <numerusform>Auf %n weitere Änderung folgten fehlgeschlagene Läufe, aber kein fehlgeschlagenes Deployment; das ist kein Ausfall.</numerusform>
            <numerusform>Auf %n weitere Änderungen folgten fehlgeschlagene Läufe, aber kein fehlgeschlagenes Deployment; das ist kein Ausfall.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No service had its first commit in the window.</source>
        <translation>Kein Dienst hatte seinen ersten Commit im Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n new service(s) without a green run yet are still within %1.</source>
        <translation>
            <numerusform>%n neuer Dienst ohne grünen Lauf liegt noch innerhalb von %1.</numerusform>
            <numerusform>%n neue Dienste ohne grünen Lauf liegen noch innerhalb von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n new service(s) took more than %2 from the first commit to a green pipeline.</source>
        <translation>
            <numerusform>%1 von %n neuen Dienst brauchte vom ersten Commit bis zu einer grünen Pipeline mehr als %2.</numerusform>
            <numerusform>%1 von %n neuen Diensten brauchten vom ersten Commit bis zu einer grünen Pipeline mehr als %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: first green pipeline %2 after the first commit %3.</source>
        <translation>%1: erste grüne Pipeline %2 nach dem ersten Commit %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no green pipeline yet, %2 after the first commit %3.</source>
        <translation>%1: noch keine grüne Pipeline, %2 nach dem ersten Commit %3.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Does a failing test in service A block deployment of service B?</source>
        <translation>Blockiert ein fehlschlagender Test in Dienst A das Deployment von Dienst B?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do builds take longer than 15 minutes for the majority of services?</source>
        <translation>Dauern Builds bei der Mehrheit der Dienste länger als 15 Minuten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is deployment coordination done by hand?</source>
        <translation>Werden Deployments von Hand koordiniert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a single shared integration environment that all teams depend on?</source>
        <translation>Gibt es eine einzige gemeinsame Integrationsumgebung, von der alle Teams abhängen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has a pipeline configuration change ever caused an outage?</source>
        <translation>Hat eine Änderung der Pipeline-Konfiguration je einen Ausfall verursacht?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do new services take more than a day to get a working pipeline?</source>
        <translation>Brauchen neue Dienste mehr als einen Tag bis zu einer funktionierenden Pipeline?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough data</source>
        <translation>Zu wenig Daten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough data to answer any of the questions yet.</source>
        <translation>Noch zu wenig Daten, um eine der Fragen zu beantworten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes to %1 of %2 questions: the CI/CD architecture is limiting deployment frequency.</source>
        <translation>Ja bei %1 von %2 Fragen: Die CI/CD-Architektur begrenzt die Deployment-Häufigkeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes to %1 of %2 questions: by the checklist&apos;s rule of two or more, the CI/CD architecture is not limiting deployment frequency.</source>
        <translation>Ja bei %1 von %2 Fragen: Nach der Regel der Checkliste (zwei oder mehr) begrenzt die CI/CD-Architektur die Deployment-Häufigkeit nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n question(s) could not be answered from the data.</source>
        <translation>
            <numerusform>%n Frage ließ sich aus den Daten nicht beantworten.</numerusform>
            <numerusform>%n Fragen ließen sich aus den Daten nicht beantworten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/report/teamleadmarkdown.cpp" line="-176"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1, %n deployment(s)</source>
        <translation>
            <numerusform>%1, %n Deployment</numerusform>
            <numerusform>%1, %n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %, %2 of %3</source>
        <translation>%1 %, %2 von %3</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1, %n still open</source>
        <translation>
            <numerusform>%1, %n noch offen</numerusform>
            <numerusform>%1, %n noch offen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no queue data</source>
        <translation>keine Wartezeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (computed: %2)</source>
        <translation>%1 (berechnet: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is your pipeline the bottleneck?</source>
        <translation>Ist Ihre Pipeline der Engpass?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overridden by</source>
        <translation>Überstimmt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No services to look at.</source>
        <translation>Keine Services zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services to look at: %1.</source>
        <translation>Zu prüfende Services: %1.</translation>
    </message>
    <message>
        <location filename="../models/report/planreport.cpp" line="-64"/>
        <source>deploying, %1 %</source>
        <translation>wird ausgerollt, %1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 deploying</source>
        <translation>%1 im Rollout</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../models/report/teamleadmarkdown.cpp" line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wave %1 — %2</source>
        <translation>Welle %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(took %1)</source>
        <translation>(dauerte %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blocked.</source>
        <translation>Blockiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now holds back: %1</source>
        <translation>Hält jetzt zurück: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deploy together</source>
        <translation>Gemeinsam ausrollen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (cycle: %2)</source>
        <translation>%1 (Zyklus: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes and decisions</source>
        <translation>Notizen und Entscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole plan</source>
        <translation>der ganze Plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sources</source>
        <translation>die Quellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Release plan: %1</source>
        <translation>Release-Plan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To %1. Created by %2 on %3 UTC.</source>
        <translation>Nach %1. Angelegt von %2 am %3 UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished %1 UTC.</source>
        <translation>Abgeschlossen %1 UTC.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In no wave</source>
        <translation>In keiner Welle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wave %1 of %2 to %3:</source>
        <translation>Welle %1 von %2 nach %3:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/report/teamleadmarkdown.cpp" line="+12"/>
        <source>And %n more piece(s) of evidence.</source>
        <translation>
            <numerusform>Und %n weiterer Beleg.</numerusform>
            <numerusform>Und %n weitere Belege.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DORA metrics</source>
        <translation>DORA-Metriken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployments to %1 in the window. Lead time and time to restore are medians.</source>
        <translation>Deployments nach %1 im Zeitraum. Durchlaufzeit und Wiederherstellungszeit sind Mediane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployment frequency</source>
        <translation>Deployment-Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time for changes</source>
        <translation>Durchlaufzeit für Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to restore</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Not counted: %n deployment(s) still pending or in an unknown state.</source>
        <translation>
            <numerusform>Nicht gezählt: %n Deployment, noch ausstehend oder in unbekanntem Zustand.</numerusform>
            <numerusform>Nicht gezählt: %n Deployments, noch ausstehend oder in unbekanntem Zustand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Build times</source>
        <translation>Build-Zeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No finished runs in the window: not enough data.</source>
        <translation>Keine abgeschlossenen Läufe im Zeitraum: nicht genug Daten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished runs in the window; %1 of %2 services have a median run over %3 minutes.</source>
        <translation>Abgeschlossene Läufe im Zeitraum; bei %1 von %2 Services liegt der Median eines Laufs über %3 Minuten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median run</source>
        <translation>Median Laufzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p90 run</source>
        <translation>p90 Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median queue</source>
        <translation>Median Wartezeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over %1 min</source>
        <translation>Über %1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Team lead report: %1</source>
        <translation>Bericht für Teamleitungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window: %1 to %2 (UTC, the end not included).</source>
        <translation>Zeitraum: %1 bis %2 (UTC, ohne das Ende).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed %1 UTC.</source>
        <translation>Berechnet %1 UTC.</translation>
    </message>
    <message>
        <location filename="../models/analysis/plantracking.cpp" line="+46"/>
        <source>Rolled back: %1</source>
        <translation>Zurückgerollt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Done: %1 already ran %2 when the plan was made</source>
        <translation>Erledigt: %1 lief bereits mit %2, als der Plan erstellt wurde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 runs %2 again since %3</source>
        <translation>%1 läuft seit %3 wieder mit %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deploying: deployment %1 of %2 started at %3</source>
        <translation>Wird ausgerollt: Deployment %1 von %2 begann um %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+62"/>
        <source>Done: %1 runs %2 since %3</source>
        <translation>Erledigt: %1 läuft seit %3 mit %2</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>deployment %1 failed at %2</source>
        <translation>Deployment %1 ist um %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deployment %1 was rolled back at %2</source>
        <translation>Deployment %1 wurde um %2 zurückgerollt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rolling out %1</source>
        <translation>%1 wird ausgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: %1 % of traffic on %2</source>
        <translation>Pausiert: %1 % des Verkehrs auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolling out: %1 % of traffic on %2</source>
        <translation>Rollout: %1 % des Verkehrs auf %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done: the rollout of %1 is healthy since %2</source>
        <translation>Erledigt: der Rollout von %1 ist seit %2 gesund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rollout of %1 is %2</source>
        <translation>der Rollout von %1 ist %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no longer: %1</source>
        <translation>nicht mehr: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 now runs in %3</source>
        <translation>%1 %2 läuft jetzt in %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its contract with %1 was verified at %2</source>
        <translation>sein Vertrag mit %1 wurde um %2 verifiziert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its pipeline went green at %1</source>
        <translation>seine Pipeline wurde um %1 grün</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the freeze on %1 ended</source>
        <translation>die Sperrzeit für %1 ist vorbei</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../models/report/planreport.cpp" line="-265"/>
        <source>deploying</source>
        <translation>wird ausgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/report/planreport.cpp" line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/report/planreport.cpp" line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/report/planreport.cpp" line="+2"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/report/planreport.cpp" line="-8"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 left the catalog; last recorded: %2</source>
        <translation>%1 ist nicht mehr im Katalog; zuletzt erfasst: %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <location filename="../models/report/planreport.cpp" line="+76"/>
        <source>%1 failed</source>
        <translation>%1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/report/planreport.cpp" line="+2"/>
        <source>%1 rolled back</source>
        <translation>%1 wurde zurückgerollt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done at %1</source>
        <translation>Erledigt um %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held: wave %1 is not healthy (%2)</source>
        <translation>Zurückgehalten: Welle %1 ist nicht gesund (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In progress: %1 of %2 done</source>
        <translation>In Arbeit: %1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Released: nothing has to go before it</source>
        <translation>Freigegeben: nichts muss vorher ausgerollt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released: wave %1 is done</source>
        <translation>Freigegeben: Welle %1 ist erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for wave %1</source>
        <translation>Wartet auf Welle %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 joined the plan</source>
        <translation>%1 ist jetzt im Plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is done</source>
        <translation>%1 ist erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rolled back: %2</source>
        <translation>%1 wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 → %3 (%4 %)</source>
        <translation>%1: %2 → %3 (%4 %)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 % → %3 % of traffic</source>
        <translation>%1: %2 % → %3 % des Verkehrs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is blocked: %2</source>
        <translation>%1 ist blockiert: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has one reason less to wait: %2</source>
        <translation>%1 hat einen Grund weniger zu warten: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer blocked: %2</source>
        <translation>%1 ist nicht mehr blockiert: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moved from wave %2 to wave %3</source>
        <translation>%1 ist von Welle %2 in Welle %3 gewechselt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 left the plan</source>
        <translation>%1 ist nicht mehr im Plan</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Took %1</source>
        <translation>Dauerte %1</translation>
    </message>
    <message>
        <location filename="../models/store/planstore.cpp" line="+278"/>
        <source>there is no release plan with id %1</source>
        <translation>es gibt keinen Release-Plan mit der ID %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Plan created for %1</source>
        <translation>Plan für %1 angelegt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Changed to %1</source>
        <translation>Geändert auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed from the plan</source>
        <translation>Aus dem Plan entfernt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved: %1</source>
        <translation>Freigegeben: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override: %1</source>
        <translation>Übersteuerung: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note taken back: %1</source>
        <translation>Notiz zurückgenommen: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Plan finished</source>
        <translation>Plan abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan reopened</source>
        <translation>Plan wieder geöffnet</translation>
    </message>
</context>
<context>
    <name>Signalbox::NewPlanDialog</name>
    <message>
        <location filename="../views/plans/newplandialog.cpp" line="+28"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add &amp;Service…</source>
        <translation>&amp;Dienst hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Release Plan</source>
        <translation>Neuer Release-Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Checkout redesign, week 48</source>
        <translation>z. B. Checkout-Redesign, KW 48</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current → new</source>
        <translation>Aktuell → neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked because</source>
        <translation>Blockiert, weil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check All</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target &amp;environment:</source>
        <translation>Ziel&amp;umgebung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changes to ship (Space checks or unchecks, Ctrl+A checks all):</source>
        <translation>&amp;Änderungen zum Ausliefern (Leertaste hakt an oder ab, Strg+A hakt alle an):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a service of the catalog by hand, with the version to ship</source>
        <translation>Einen Dienst des Katalogs von Hand hinzufügen, mit der auszuliefernden Version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create &amp;Plan</source>
        <translation>&amp;Plan anlegen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (added by hand)</source>
        <translation>%1 (von Hand hinzugefügt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not deployed</source>
        <translation>nicht deployt</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nothing is pending for %1; add services by hand.</source>
        <translation>Für %1 steht nichts aus; fügen Sie Dienste von Hand hinzu.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n change(s) checked.</source>
        <translation>
            <numerusform>%1 von %n Änderung angehakt.</numerusform>
            <numerusform>%1 von %n Änderungen angehakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::OverviewMap</name>
    <message>
        <location filename="../views/graph/overviewmap.cpp" line="+18"/>
        <source>Graph overview map</source>
        <translation>Übersichtskarte des Graphen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole graph; click or drag to move the view</source>
        <translation>Der ganze Graph; klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>Signalbox::PactBrokerSource</name>
    <message>
        <location filename="../services/sources/pactbroker/pactbrokerapi.cpp" line="+44"/>
        <source>no broker address: set url to the broker&apos;s base address such as https://broker.example.com, or PACT_BROKER_BASE_URL</source>
        <translation>keine Broker-Adresse: Setzen Sie url auf die Basisadresse des Brokers, etwa https://broker.example.com, oder PACT_BROKER_BASE_URL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>url &quot;%1&quot; is not an http or https address such as https://broker.example.com (without a user or password)</source>
        <translation>url „%1“ ist keine http- oder https-Adresse wie https://broker.example.com (ohne Benutzer oder Passwort)</translation>
    </message>
    <message>
        <location filename="../services/sources/pactbroker/pactbrokerclient.cpp" line="+98"/>
        <location filename="../services/sources/pactbroker/pactbrokersource.cpp" line="+249"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the answer from %1 has no summary</source>
        <translation>die Antwort von %1 enthält keine Zusammenfassung (summary)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; expected the Pact Broker&apos;s can-i-deploy answer, check that url is the broker&apos;s base address</source>
        <translation>%1; erwartet wurde die can-i-deploy-Antwort des Pact Brokers, prüfen Sie, ob url die Basisadresse des Brokers ist</translation>
    </message>
    <message>
        <location filename="../services/sources/pactbroker/pactbrokersource.cpp" line="-66"/>
        <source>pact of %1 %2 with %3 in the Pact Broker: %4</source>
        <translation>Pact von %1 %2 mit %3 im Pact Broker: %4</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the answer from %1 is not a JSON object</source>
        <translation>die Antwort von %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the next page of %1 is said to be at %2, which is not the broker; not followed</source>
        <translation>die nächste Seite von %1 soll unter %2 liegen, das nicht der Broker ist; nicht gefolgt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the pages of %1 do not end (page %2 again, or more than %3 pages); stopped</source>
        <translation>die Seiten von %1 enden nicht (Seite %2 erneut oder mehr als %3 Seiten); abgebrochen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1; expected the Pact Broker&apos;s HAL+JSON, check that url is the broker&apos;s base address</source>
        <translation>%1; erwartet wurde HAL+JSON des Pact Brokers, prüfen Sie, ob url die Basisadresse des Brokers ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer from %1 has no %2 list</source>
        <translation>die Antwort von %1 enthält keine Liste %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a name</source>
        <translation>Name erwartet</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+65"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+59"/>
        <source>expected a version number</source>
        <translation>Versionsnummer erwartet</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+59"/>
        <source>expected a time</source>
        <translation>Zeitpunkt erwartet</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pact Broker</source>
        <translation>Pact Broker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base address of the Pact Broker or PactFlow, e.g. https://broker.example.com; empty: the PACT_BROKER_BASE_URL environment variable</source>
        <translation>Basisadresse des Pact Brokers oder von PactFlow, z. B. https://broker.example.com; leer: die Umgebungsvariable PACT_BROKER_BASE_URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name for an open-source broker with basic authentication; the token is then the password. Empty: PACT_BROKER_USERNAME if set, else the token is sent as a bearer token (PactFlow)</source>
        <translation>Benutzername für einen Open-Source-Broker mit Basic-Authentifizierung; das Token ist dann das Passwort. Leer: PACT_BROKER_USERNAME, falls gesetzt, sonst wird das Token als Bearer-Token gesendet (PactFlow)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pacticipant name to service name, for pacticipants named differently from their service; without an entry the names are the same</source>
        <translation>Pacticipant-Name zu Dienstname, für Pacticipants, die anders heißen als ihr Dienst; ohne Eintrag sind die Namen gleich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broker environment name to workspace environment name; without an entry the names are the same</source>
        <translation>Umgebungsname im Broker zu Umgebungsname im Arbeitsbereich; ohne Eintrag sind die Namen gleich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PEM file with the certificate authority of a self-hosted broker, trusted in addition to the system&apos;s; relative to the workspace file</source>
        <translation>PEM-Datei mit der Zertifizierungsstelle eines selbst betriebenen Brokers, zusätzlich zu denen des Systems vertraut; relativ zur Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The check of the Pact Broker at %1 was cancelled.</source>
        <translation>Die Prüfung des Pact Brokers unter %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Pact Broker could not be reached: %1.</source>
        <translation>Der Pact Broker war nicht erreichbar: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Pact Broker at %1 was reached, but: %2.</source>
        <translation>Der Pact Broker unter %1 wurde erreicht, aber: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered, but not as a Pact Broker does; check that url is the broker&apos;s base address.</source>
        <translation>%1 hat geantwortet, aber nicht wie ein Pact Broker; prüfen Sie, ob url die Basisadresse des Brokers ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to the Pact Broker at %1 without credentials.</source>
        <translation>Mit dem Pact Broker unter %1 ohne Zugangsdaten verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to the Pact Broker at %1.</source>
        <translation>Mit dem Pact Broker unter %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>Signalbox::PipelineTemplates</name>
    <message>
        <location filename="../services/discovery/pipelinetemplates.cpp" line="+232"/>
        <source>the include of project %1 at line %2 names no file</source>
        <translation>der include-Eintrag von Projekt %1 in Zeile %2 nennt keine Datei</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>invalid YAML at line %1: %2</source>
        <translation>ungültiges YAML in Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::PlanExport</name>
    <message>
        <location filename="../views/plans/planexport.cpp" line="+48"/>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Release plan: %1</source>
        <translation>Release-Plan: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::PlanServiceDialog</name>
    <message>
        <location filename="../views/plans/planservicedialog.cpp" line="+21"/>
        <source>Add Service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version to ship, e.g. 5.3.0</source>
        <translation>Die auszuliefernde Version, z. B. 5.3.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Signalbox::PlanTracker</name>
    <message>
        <location filename="../services/plans/plantracker.cpp" line="+114"/>
        <source>Every service is done: the plan is finished</source>
        <translation>Alle Services sind fertig: Der Plan ist abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Signalbox::PlansPanel</name>
    <message>
        <location filename="../views/plans/planspanel.cpp" line="+45"/>
        <source>Add %1 to the Plan</source>
        <translation>%1 zum Plan hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove %1 from the Plan</source>
        <translation>%1 aus dem Plan entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+262"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Finish Plan</source>
        <translation>Plan abschließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen Plan</source>
        <translation>Plan wieder öffnen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+239"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Held</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Changed since you last looked</source>
        <translation>Geändert seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wave / service</source>
        <translation>Welle / Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+207"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+590"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-586"/>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a release plan from the pending changes</source>
        <translation>Einen Release-Plan aus den ausstehenden Änderungen beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Service…</source>
        <translation>Dienst &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a service to the plan, with the version to ship</source>
        <translation>Einen Dienst mit der auszuliefernden Version zum Plan hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected service out of the plan</source>
        <translation>Den ausgewählten Dienst aus dem Plan nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;Seen</source>
        <translation>Als &amp;gesehen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take note of the changes: they are not listed again</source>
        <translation>Die Änderungen zur Kenntnis nehmen: Sie werden nicht mehr aufgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+594"/>
        <source>&amp;Finish Plan</source>
        <translation>Plan &amp;abschließen</translation>
    </message>
    <message>
        <location line="-593"/>
        <source>Close the plan by hand, whatever its services&apos; states</source>
        <translation>Den Plan von Hand abschließen, gleich wie seine Dienste stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan as Markdown for a chat or a change ticket</source>
        <translation>Den Plan als Markdown für einen Chat oder ein Change-Ticket speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan as a PDF</source>
        <translation>Den Plan als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Wave as Checklist</source>
        <translation>Welle als Checkliste &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected wave as a Markdown task list</source>
        <translation>Die ausgewählte Welle als Markdown-Aufgabenliste kopieren</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Release plans</source>
        <translation>Release-Pläne</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Waves</source>
        <translation>&amp;Wellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes and decisions</source>
        <translation>Notizen und Entscheidungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind of note</source>
        <translation>Art der Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the note is about</source>
        <translation>Worum es in der Notiz geht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who approved, why a freeze was overridden… (Ctrl+Return adds it)</source>
        <translation>Wer freigegeben hat, warum ein Freeze übergangen wurde … (Strg+Eingabe fügt sie hinzu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;Note</source>
        <translation>Notiz hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note to the plan (Ctrl+Return)</source>
        <translation>Die Notiz zum Plan hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No&amp;tes and Decisions</source>
        <translation>No&amp;tizen und Entscheidungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activity</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploying, %1 %</source>
        <extracomment>%1 is the rollout&apos;s traffic on the new version, in percent.</extracomment>
        <translation>Im Deployment, %1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deploying</source>
        <translation>Im Deployment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the plans…</source>
        <translation>Pläne werden geprüft …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Open a workspace to plan releases.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Releases zu planen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No release plans yet. Press Ctrl+Shift+N to start one from the %n pending change(s).</source>
        <translation>
            <numerusform>Noch keine Release-Pläne. Drücken Sie Strg+Umschalt+N, um einen aus der %n ausstehenden Änderung zu beginnen.</numerusform>
            <numerusform>Noch keine Release-Pläne. Drücken Sie Strg+Umschalt+N, um einen aus den %n ausstehenden Änderungen zu beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+88"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 von %n erledigt</numerusform>
            <numerusform>%1 von %n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: changed since you last looked</source>
        <translation>%1: geändert seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Whole plan</source>
        <translation>Ganzer Plan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Finished %1</source>
        <translation>Abgeschlossen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every service is done</source>
        <translation>Alle Dienste sind erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n service(s) done</source>
        <translation>
            <numerusform>%1 von %n Dienst erledigt</numerusform>
            <numerusform>%1 von %n Diensten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed or rolled back</source>
        <translation>
            <numerusform>%n fehlgeschlagen oder zurückgerollt</numerusform>
            <numerusform>%n fehlgeschlagen oder zurückgerollt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To %1 · created by %2 on %3 · %4</source>
        <translation>Nach %1 · angelegt von %2 am %3 · %4</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not deployed to %1 yet</source>
        <translation>Noch nicht nach %1 deployt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs %2 now</source>
        <translation>In %1 läuft jetzt %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blocks: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deploys together with %1</source>
        <translation>wird zusammen mit %1 deployt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not in a wave</source>
        <translation>In keiner Welle</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Re&amp;open Plan</source>
        <translation>Plan wieder ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Signalbox::ReportFiles</name>
    <message>
        <location filename="../views/reportfiles.cpp" line="+42"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Signalbox::ReportPdf</name>
    <message>
        <location filename="../views/reportpdf.cpp" line="+51"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the PDF %1: %2</source>
        <translation>Das PDF %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>Signalbox::RepositoryScanner</name>
    <message>
        <location filename="../services/discovery/repositoryscanner.cpp" line="+85"/>
        <source>HEAD is not on a branch, so there is no trunk to measure</source>
        <translation>HEAD steht auf keinem Branch, daher gibt es keinen Trunk zu messen</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+34"/>
        <location line="+30"/>
        <source>Repository %1: %2</source>
        <translation>Repository %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Repository %1: the cache could not be written: %2</source>
        <translation>Repository %1: der Cache konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Signalbox::RolloutCharts</name>
    <message>
        <location filename="../views/rollout/rolloutcharts.cpp" line="+66"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set weight</source>
        <translation>Gewicht setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no threshold stated</source>
        <translation>kein Schwellenwert angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition: %1</source>
        <translation>Bedingung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fails above %1</source>
        <translation>scheitert über %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails below %1</source>
        <translation>scheitert unter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traffic on the new version</source>
        <translation>Verkehr auf der neuen Version</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
</context>
<context>
    <name>Signalbox::RolloutPanel</name>
    <message>
        <location filename="../views/rollout/rolloutpanel.cpp" line="+28"/>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue-green</source>
        <translation>Blue-Green</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling update</source>
        <translation>Rolling Update</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown strategy</source>
        <translation>Unbekannte Strategie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a pause step; promote to go on</source>
        <translation>ein Pausenschritt; zum Fortfahren freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for promotion of the preview</source>
        <translation>wartet auf die Freigabe der Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the analysis was inconclusive; promote or abort</source>
        <translation>die Analyse war nicht eindeutig; freigeben oder abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the experiment was inconclusive</source>
        <translation>das Experiment war nicht eindeutig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for approval by the confirm-rollout webhook</source>
        <translation>wartet auf die Zustimmung des confirm-rollout-Webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for approval by the confirm-promotion webhook</source>
        <translation>wartet auf die Zustimmung des confirm-promotion-Webhooks</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Traffic on the new version over time</source>
        <translation>Verkehr auf der neuen Version im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared steps</source>
        <translation>Deklarierte Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis metrics</source>
        <translation>Analysemetriken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a service to see its rollout.</source>
        <translation>Wählen Sie einen Service, um sein Rollout zu sehen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No rollout is known for %1. An Argo Rollouts or Flagger source shows its canary steps, traffic and analysis here.</source>
        <translation>Für %1 ist kein Rollout bekannt. Eine Argo-Rollouts- oder Flagger-Quelle zeigt hier Canary-Schritte, Verkehr und Analyse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the new version</source>
        <translation>die neue Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of traffic on %2</source>
        <translation>%1 % des Verkehrs auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aborted; traffic is back on the stable version</source>
        <translation>Abgebrochen; der Verkehr ist wieder auf der stabilen Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused at %1</source>
        <translation>Angehalten bei %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progressing</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progressing: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Degraded: %1</source>
        <translation>Beeinträchtigt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy: %1 serves all traffic</source>
        <translation>Gesund: %1 bedient den gesamten Verkehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State not known</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>canary %1 %, stable %2 %</source>
        <translation>Canary %1 %, stabil %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canary %1 %</source>
        <translation>Canary %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active %1</source>
        <translation>aktiv %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preview %1</source>
        <translation>Vorschau %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n Iteration</numerusform>
            <numerusform>%n Iterationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed check(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Prüfung</numerusform>
            <numerusform>%n fehlgeschlagene Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updated %1 (%2)</source>
        <translation>aktualisiert %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted here</source>
        <translation>Hier abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set weight to %1 %</source>
        <translation>Gewicht auf %1 % setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until promoted</source>
        <translation>bis zur Freigabe</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no measurements</source>
        <translation>keine Messungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>Signalbox::RunListModel</name>
    <message>
        <location filename="../models/itemmodels/runlistmodel.cpp" line="+36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run %1 from %2</source>
        <translation>Lauf %1 aus %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 from %2 — double-click to open %3</source>
        <translation>Lauf %1 aus %2 — Doppelklick öffnet %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
</context>
<context>
    <name>Signalbox::ServiceDetailsPanel</name>
    <message>
        <location filename="../views/servicedetailspanel.cpp" line="+52"/>
        <source>Recent pipeline runs</source>
        <translation>Letzte Pipeline-Läufe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No service selected</source>
        <translation>Kein Dienst ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a service to see its recent pipeline runs.</source>
        <translation>Wählen Sie einen Dienst aus, um seine letzten Pipeline-Läufe zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading recent runs…</source>
        <translation>Letzte Läufe werden gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Root cause #%1</source>
        <translation>Grundursache #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Victim of %1</source>
        <translation>Folgefehler von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flaky</source>
        <translation>Instabil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failing on its own</source>
        <translation>Eigenständiger Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1 can go to %2&lt;/b&gt; (now %3).</source>
        <translation>&lt;b&gt;%1 kann in %2 ausgerollt werden&lt;/b&gt; (derzeit %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not deployed</source>
        <translation>nicht ausgerollt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 is blocked for %2:&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 ist für %2 blockiert:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Owner: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Verantwortlich: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deployed: %1</source>
        <translation>Ausgerollt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the catalog: seen only in a source&apos;s data.</source>
        <translation>Nicht im Katalog: nur in den Daten einer Quelle gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pipeline runs are known for %1.</source>
        <translation>Für %1 sind keine Pipeline-Läufe bekannt.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ServiceTableModel</name>
    <message>
        <location filename="../models/itemmodels/servicetablemodel.cpp" line="+85"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next to %1</source>
        <translation>Als Nächstes in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next deploy</source>
        <translation>Nächstes Deployment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last deployment</source>
        <translation>Letztes Deployment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not in the catalog; it was seen only in a source&apos;s data.</source>
        <translation>%1 ist nicht im Katalog und wurde nur in den Daten einer Quelle gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in system %2</source>
        <translation>%1 im System %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No runs</source>
        <translation>Keine Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>No pipeline run on %1 is known.</source>
        <translation>Kein Pipeline-Lauf auf %1 bekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3), commit %4, started %5</source>
        <translation>%1 auf %2 (%3), Commit %4, Start: %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Never deployed</source>
        <translation>Nie ausgerollt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Root cause #%1 · %n affected</source>
        <translation>
            <numerusform>Grundursache #%1 · %n betroffen</numerusform>
            <numerusform>Grundursache #%1 · %n betroffen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Victim of %1</source>
        <translation>Folgefehler von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flaky</source>
        <translation>Instabil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing on its own</source>
        <translation>Eigenständiger Fehler</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing of %1 is waiting to go to %2.</source>
        <translation>Von %1 wartet nichts auf ein Deployment in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ready</source>
        <translation>%1 bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blocked</source>
        <translation>%1 blockiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (now in %3) can go to %4 after %5.</source>
        <translation>%1 %2 (derzeit in %3) kann in %4 ausgerollt werden und ersetzt dort %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paused at %1 % · step %2/%3</source>
        <translation>Pausiert bei %1 % · Schritt %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % · step %2/%3</source>
        <translation>%1 % · Schritt %2/%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rollout of %2</source>
        <translation>Rollout von %2 (%1)</translation>
    </message>
</context>
<context>
    <name>Signalbox::Services</name>
    <message>
        <location filename="../services/workspace/workspaceload.cpp" line="+181"/>
        <source>source plugin not loaded: %1</source>
        <translation>Quellen-Plugin nicht geladen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The damaged cache %1 could not be moved aside, so it was not rebuilt; close other programs using it and try again.</source>
        <translation>Der beschädigte Cache %1 konnte nicht beiseitegelegt werden und wurde daher nicht neu aufgebaut; schließen Sie andere Programme, die ihn verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The checklist decisions and release plans in the old cache could not be carried over (%1); they stay in that file.</source>
        <translation>Die Checklisten-Entscheidungen und Release-Pläne im alten Cache konnten nicht übernommen werden (%1); sie bleiben in dieser Datei.</translation>
    </message>
    <message>
        <location filename="../services/workspace/workspaceparser.cpp" line="+83"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key, ignored</source>
        <translation>unbekannter Schlüssel, ignoriert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a service with at least a name</source>
        <translation>Dienst mit mindestens einem Namen erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a service needs a name; this entry was skipped</source>
        <translation>ein Dienst braucht einen Namen; dieser Eintrag wurde übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name is empty; this entry was skipped</source>
        <translation>der Name ist leer; dieser Eintrag wurde übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is declared twice; the second entry was skipped</source>
        <translation>%1 ist doppelt deklariert; der zweite Eintrag wurde übersprungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tier must be between 1 and 5</source>
        <translation>die Stufe (tier) muss zwischen 1 und 5 liegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown kind &quot;%1&quot;; expected service, frontend, gateway, datastore, broker or observability</source>
        <translation>unbekannte Art &quot;%1&quot;; erwartet: service, frontend, gateway, datastore, broker oder observability</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+396"/>
        <location line="+170"/>
        <source>expected a list of services</source>
        <translation>Liste von Diensten erwartet</translation>
    </message>
    <message>
        <location line="-543"/>
        <location line="+419"/>
        <source>unknown dependency kind &quot;%1&quot;; expected sync, async or datastore</source>
        <translation>unbekannte Abhängigkeitsart &quot;%1&quot;; erwartet: sync, async oder datastore</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>expected a service name or { service, kind }</source>
        <translation>Dienstname oder { service, kind } erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the dependency names no service; skipped</source>
        <translation>die Abhängigkeit nennt keinen Dienst; übersprungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a source with at least a kind</source>
        <translation>Quelle mit mindestens einer Art (kind) erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a source needs a kind (for example: kind: file); skipped</source>
        <translation>eine Quelle braucht eine Art (zum Beispiel: kind: file); übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no source of kind &quot;%1&quot; is installed (known kinds: %2); skipped</source>
        <translation>keine Quelle der Art &quot;%1&quot; installiert (bekannte Arten: %2); übersprungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;workspace&quot; is the name of the workspace&apos;s own catalog; choose another name; skipped</source>
        <translation>&quot;workspace&quot; ist der Name des eigenen Katalogs des Arbeitsbereichs; wählen Sie einen anderen Namen; übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another source is already named &quot;%1&quot;; give each source its own name; skipped</source>
        <translation>eine andere Quelle heißt bereits &quot;%1&quot;; geben Sie jeder Quelle einen eigenen Namen; übersprungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this kind of source takes no token; ignored</source>
        <translation>diese Art von Quelle verwendet kein Token; ignoriert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a token is never written into the workspace; name where to find it instead, e.g. token: { env: GITHUB_TOKEN } or token: { keychain: signalbox/github }</source>
        <translation>ein Token wird nie in den Arbeitsbereich geschrieben; geben Sie stattdessen an, wo es zu finden ist, z. B. token: { env: GITHUB_TOKEN } oder token: { keychain: signalbox/github }</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown setting for a %1 source, ignored</source>
        <translation>unbekannte Einstellung für eine %1-Quelle, ignoriert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected a list of text</source>
        <translation>Liste von Texten erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a mapping such as { name: service }</source>
        <translation>Zuordnung wie { name: service } erwartet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a %1 source needs the setting &quot;%2&quot;; skipped</source>
        <translation>eine %1-Quelle braucht die Einstellung &quot;%2&quot;; übersprungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected { environment, from, to, reason }</source>
        <translation>{ environment, from, to, reason } erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a freeze names its environment; skipped</source>
        <translation>eine Sperrzeit muss ihre Umgebung nennen; übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of the workspace&apos;s environments</source>
        <translation>%1 ist keine Umgebung des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a freeze needs &quot;%1&quot; (an ISO 8601 time); skipped</source>
        <translation>eine Sperrzeit braucht &quot;%1&quot; (eine Zeitangabe nach ISO 8601); übersprungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-12-20T18:00:00Z</source>
        <translation>&quot;%1&quot; ist keine Zeitangabe nach ISO 8601 wie 2026-12-20T18:00:00Z</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the freeze ends before it begins; skipped</source>
        <translation>die Sperrzeit endet, bevor sie beginnt; übersprungen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected a folder or { path, revision }</source>
        <translation>Ordner oder { path, revision } erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a repository needs the path of its local clone; skipped</source>
        <translation>ein Repository braucht den Pfad seines lokalen Klons; übersprungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a second repository is named %1; give one of them another name; skipped</source>
        <translation>ein zweites Repository heißt %1; geben Sie einem davon einen anderen Namen; übersprungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+130"/>
        <source>expected a dependency written as &quot;consumer -&gt; provider&quot;</source>
        <translation>Abhängigkeit in der Form &quot;consumer -&gt; provider&quot; erwartet</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>expected a list of service names</source>
        <translation>Liste von Dienstnamen erwartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+74"/>
        <source>expected a list of &quot;consumer -&gt; provider&quot;</source>
        <translation>Liste von &quot;consumer -&gt; provider&quot; erwartet</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>expected confirm, hide and add</source>
        <translation>confirm, hide und add erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>expected services and dependencies</source>
        <translation>services und dependencies erwartet</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the workspace file does not exist</source>
        <translation>die Arbeitsbereichsdatei existiert nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the workspace file: %1</source>
        <translation>die Arbeitsbereichsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workspace file is empty</source>
        <translation>die Arbeitsbereichsdatei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a workspace (a map with services and sources)</source>
        <translation>Arbeitsbereich erwartet (eine Map mit services und sources)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this workspace needs a newer Signalbox (format %1, this version reads up to %2)</source>
        <translation>dieser Arbeitsbereich erfordert eine neuere Signalbox-Version (Format %1, diese Version liest bis %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no format version; add &quot;signalbox: 1&quot; at the top</source>
        <translation>keine Formatversion; fügen Sie &quot;signalbox: 1&quot; am Anfang ein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of environment names</source>
        <translation>Liste von Umgebungsnamen erwartet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 depends on itself</source>
        <translation>%1 hängt von sich selbst ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not in the catalog; the dependency is kept and the service shown as undeclared</source>
        <translation>%1 ist nicht im Katalog; die Abhängigkeit bleibt erhalten und der Dienst wird als nicht deklariert angezeigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of freeze windows</source>
        <translation>Liste von Sperrzeiten erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list of sources</source>
        <translation>Liste von Quellen erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a list of local repositories</source>
        <translation>Liste lokaler Repositorys erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read this part of the workspace: %1</source>
        <translation>dieser Teil des Arbeitsbereichs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../services/workspace/workspaceloader.cpp" line="+80"/>
        <source>Loading stopped on an internal error: %1</source>
        <translation>Das Laden wurde wegen eines internen Fehlers abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::SourceEditorPage</name>
    <message>
        <location filename="../views/sources/sourceeditorpage.cpp" line="+122"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kin&amp;d:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How Signalbox names this source; each source needs its own name.</source>
        <translation>Wie Signalbox diese Quelle nennt; jede Quelle braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name *:</source>
        <translation>&amp;Name *:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>From the &amp;keychain</source>
        <translation>Aus dem &amp;Schlüsselbund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From an en&amp;vironment variable</source>
        <translation>Aus einer &amp;Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server with these settings and this token, without saving</source>
        <translation>Den Server mit diesen Einstellungen und diesem Token abfragen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <source>Paste the token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Edit the source “%1”</source>
        <translation>Quelle „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read from the environment when Signalbox syncs.</source>
        <translation>Wird aus der Umgebung gelesen, wenn Signalbox synchronisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the environment when Signalbox syncs. Left empty, %1 are tried.</source>
        <translation>Wird aus der Umgebung gelesen, wenn Signalbox synchronisiert. Bleibt das Feld leer, werden %1 versucht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;name&gt;</source>
        <translation>&lt;Name&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept in the system keychain as “%1”; the workspace only names the entry.</source>
        <translation>Im Schlüsselbund des Systems als „%1“ aufbewahrt; der Arbeitsbereich nennt nur den Eintrag.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“workspace” is the name of the workspace&apos;s own catalog; choose another.</source>
        <translation>„workspace“ ist der Name des eigenen Katalogs des Arbeitsbereichs; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another source is already named “%1”.</source>
        <translation>Eine andere Quelle heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the token, or choose an environment variable.</source>
        <translation>Fügen Sie das Token ein oder wählen Sie eine Umgebungsvariable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This looks like a token, not the name of a variable. Choose “From the keychain” to store a token.</source>
        <translation>Das sieht nach einem Token aus, nicht nach dem Namen einer Variable. Wählen Sie „Aus dem Schlüsselbund“, um ein Token zu speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A variable name has only letters, digits and _.</source>
        <translation>Ein Variablenname besteht nur aus Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Testing the connection to “%1”…</source>
        <translation>Verbindung zu „%1“ wird getestet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reached the server and signed in.</source>
        <translation>Server erreicht und angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached the server, but not signed in.</source>
        <translation>Server erreicht, aber nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server.</source>
        <translation>Der Server konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit: %1 of %2 requests left.</source>
        <translation>Rate-Limit: %1 von %2 Anfragen übrig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limit: %1 requests left.</source>
        <translation>Rate-Limit: %1 Anfragen übrig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token: %1.</source>
        <translation>Token: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token was sent: %1.</source>
        <translation>Es wurde kein Token gesendet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token was sent: nothing found in %1.</source>
        <translation>Es wurde kein Token gesendet: in %1 wurde nichts gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token was sent.</source>
        <translation>Es wurde kein Token gesendet.</translation>
    </message>
</context>
<context>
    <name>Signalbox::SourceOperations</name>
    <message>
        <location filename="../app/sourceoperations.cpp" line="+26"/>
        <source>No source of kind “%1” is installed.</source>
        <translation>Es ist keine Quelle der Art „%1“ installiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token typed in</source>
        <translation>das eingegebene Token</translation>
    </message>
</context>
<context>
    <name>Signalbox::SourceRegistry</name>
    <message>
        <location filename="../services/sources/source.h" line="+89"/>
        <source>This kind of source reads local files; there is no server to connect to.</source>
        <translation>Diese Art von Quelle liest lokale Dateien; es gibt keinen Server, mit dem eine Verbindung hergestellt werden könnte.</translation>
    </message>
    <message>
        <location filename="../services/sources/sourceregistry.cpp" line="+116"/>
        <source>not a Signalbox source plugin: %1</source>
        <translation>kein Signalbox-Quellen-Plugin: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a Qt plugin, but not a Signalbox source (it is %1)</source>
        <translation>ein Qt-Plugin, aber keine Signalbox-Quelle (es ist %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built for source plugin API %1; this Signalbox loads API %2</source>
        <translation>für die Quellen-Plugin-API %1 gebaut; diese Signalbox-Version lädt API %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its metadata is not usable: %1</source>
        <translation>seine Metadaten sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind &quot;%1&quot; is already provided by %2; not loaded</source>
        <translation>die Art &quot;%1&quot; wird bereits von %2 bereitgestellt; nicht geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signalbox itself</source>
        <translation>Signalbox selbst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not implement the interface</source>
        <translation>es implementiert die Schnittstelle nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be loaded: %1</source>
        <translation>konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/domain/sourcedescription.cpp" line="+65"/>
        <source>&quot;kind&quot; must be one word</source>
        <translation>&quot;kind&quot; muss ein einzelnes Wort sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>settings[%1] has no key</source>
        <translation>settings[%1] hat keinen Schlüssel (key)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settings[%1] (%2) has the unknown type &quot;%3&quot;</source>
        <translation>settings[%1] (%2) hat den unbekannten Typ &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../services/sources/sourceregistry.cpp" line="+45"/>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
</context>
<context>
    <name>Signalbox::SourceSettingsForm</name>
    <message>
        <location filename="../views/sources/sourcesettingsform.cpp" line="+137"/>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This kind of source has no settings.</source>
        <translation>Diese Art von Quelle hat keine Einstellungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the workspace file: %1</source>
        <translation>In der Arbeitsbereichsdatei: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
In the workspace file: %2</source>
        <translation>%1
In der Arbeitsbereichsdatei: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file for “%1”</source>
        <translation>Datei für „%1“ auswählen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One per line</source>
        <translation>Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add ro&amp;w</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Row %1 has a value but no key.</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” appears twice.</source>
        <translation>„%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter at least one, one per line.</source>
        <translation>Geben Sie mindestens einen Eintrag ein, einen pro Zeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one row.</source>
        <translation>Fügen Sie mindestens eine Zeile hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a full address such as https://ci.example.com.</source>
        <translation>Geben Sie eine vollständige Adresse wie https://ci.example.com ein.</translation>
    </message>
</context>
<context>
    <name>Signalbox::SourceStatusModel</name>
    <message>
        <location filename="../models/itemmodels/sourcestatusmodel.cpp" line="+63"/>
        <source>Syncing %1 of %2…</source>
        <translation>Wird synchronisiert: %1 von %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failing, no data yet</source>
        <translation>Fehlerhaft, noch keine Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale since %1</source>
        <translation>Veraltet seit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on refresh (F5)</source>
        <translation>beim Aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <location line="+7"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Live: following changes</source>
        <translation>Live: verfolgt Änderungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as changes come; a full resync %1</source>
        <translation>sobald sich etwas ändert; vollständiger Abgleich %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is due</source>
        <translation>ist fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (backing off after %n failure(s))</source>
        <translation>
            <numerusform>%1 (Backoff nach %n Fehlschlag)</numerusform>
            <numerusform>%1 (Backoff nach %n Fehlschlägen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Last sync: %1, %n request(s), %2 unchanged (304)</source>
        <translation>
            <numerusform>Letzte Synchronisierung: %1, %n Anfrage, %2 unverändert (304)</numerusform>
            <numerusform>Letzte Synchronisierung: %1, %n Anfragen, %2 unverändert (304)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests left until %1</source>
        <translation>Verbleibende Anfragen bis %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
(at %2)</source>
        <translation>%1
(am %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit left</source>
        <translation>Rate-Limit übrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next sync</source>
        <translation>Nächste Synchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n syncing</source>
        <translation>
            <numerusform>%n wird synchronisiert</numerusform>
            <numerusform>%n werden synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::SourcesDialog</name>
    <message>
        <location filename="../views/sources/sourcesdialog.cpp" line="+48"/>
        <source>Sources — %1</source>
        <translation>Quellen — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where “%1” reads runs, deployments and the rest from. Changes are written into %2; everything else in that file stays as it is.</source>
        <translation>Woher „%1“ Läufe, Deployments und alles Weitere liest. Änderungen werden in %2 geschrieben; alles andere in dieser Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+259"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>No sources yet. Add one to read pipeline runs and deployments.</source>
        <translation>Noch keine Quellen. Fügen Sie eine hinzu, um Pipeline-Läufe und Deployments zu lesen.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Not needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment: %1, if set</source>
        <translation>Umgebung: %1, falls gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the source “%1” from the workspace?</source>
        <translation>Die Quelle „%1“ aus dem Arbeitsbereich entfernen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its entry is taken out of the workspace file; the rest of the file stays as it is.</source>
        <translation>Ihr Eintrag wird aus der Arbeitsbereichsdatei entfernt; der Rest der Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its entry is taken out of the workspace file, and its token out of the keychain.</source>
        <translation>Ihr Eintrag wird aus der Arbeitsbereichsdatei entfernt und ihr Token aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing was saved: %1
If no keychain service runs on this computer, choose “From an environment variable” instead.</source>
        <translation>Es wurde nichts gespeichert: %1
Wenn auf diesem Computer kein Schlüsselbund-Dienst läuft, wählen Sie stattdessen „Aus einer Umgebungsvariable“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workspace file was not changed: %1</source>
        <translation>Die Arbeitsbereichsdatei wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The workspace was changed; an old token stays in the keychain: %1</source>
        <translation>Der Arbeitsbereich wurde geändert; ein altes Token bleibt im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::SourcesPanel</name>
    <message>
        <location filename="../views/sources/sourcespanel.cpp" line="+73"/>
        <source>Refresh &amp;All</source>
        <translation>Alle a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every source now, ignoring backoff (F5)</source>
        <translation>Alle Quellen jetzt synchronisieren, ungeachtet des Backoffs (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync the selected source now</source>
        <translation>Die ausgewählte Quelle jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the selected source&apos;s sync; what it had written stays</source>
        <translation>Synchronisierung der ausgewählten Quelle abbrechen; bereits Geschriebenes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a source to the workspace</source>
        <translation>Dem Arbeitsbereich eine Quelle hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Signalbox::Sync</name>
    <message>
        <location filename="../services/sync/sourcesync.cpp" line="+75"/>
        <source>source &quot;%1&quot; failed, its earlier data is kept: %2</source>
        <translation>Quelle &quot;%1&quot; ist fehlgeschlagen, ihre bisherigen Daten bleiben erhalten: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no source of kind &quot;%1&quot; is installed</source>
        <translation>keine Quelle der Art &quot;%1&quot; installiert</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+143"/>
        <source>the source stopped with an internal error: %1</source>
        <translation>die Quelle wurde mit einem internen Fehler beendet: %1</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+81"/>
        <source>could not be written to the cache: %1</source>
        <translation>konnte nicht in den Cache geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>source &quot;%1&quot; cannot follow changes</source>
        <translation>Quelle „%1“ kann Änderungen nicht verfolgen</translation>
    </message>
    <message>
        <location filename="../services/sync/syncengine.cpp" line="+39"/>
        <location line="+293"/>
        <source>the cache could not be used: %1</source>
        <translation>der Cache konnte nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::TeamLeadCharts</name>
    <message>
        <location filename="../views/teamlead/teamleadcharts.cpp" line="+88"/>
        <source>day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week starting on Monday (UTC)</source>
        <translation>Woche ab Montag (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1-minute line</source>
        <translation>%1-Minuten-Linie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1, %n deployment(s)</source>
        <translation>
            <numerusform>%1, %n Deployment</numerusform>
            <numerusform>%1, %n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 %, %2 of %3</source>
        <translation>%1 %, %2 von %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not enough data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>successful deployments</source>
        <translation>erfolgreiche Deployments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>median, hours</source>
        <translation>Median, Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of changes failed</source>
        <translation>% fehlgeschlagene Änderungen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (the %2 slowest of %3 services)</source>
        <translation>%1 (die %2 langsamsten von %3 Services)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Deployment frequency</source>
        <translation>Deployment-Häufigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time for changes</source>
        <translation>Durchlaufzeit für Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to restore</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Run time per service</source>
        <translation>Laufzeit pro Service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whiskers p10 and p90, box p25 to p75, line at the median</source>
        <translation>Antennen p10 und p90, Box p25 bis p75, Linie beim Median</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+80"/>
        <source>no finished runs</source>
        <translation>keine abgeschlossenen Läufe</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+37"/>
        <source>run time, minutes</source>
        <translation>Laufzeit, Minuten</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>median over %1 minutes</source>
        <translation>Median über %1 Minuten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run time over time, all services</source>
        <translation>Laufzeit im Verlauf, alle Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run time over time: %1</source>
        <translation>Laufzeit im Verlauf: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting in the queue and running</source>
        <translation>Warten in der Warteschlange und Laufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median queue time</source>
        <translation>Median Wartezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median run time</source>
        <translation>Median Laufzeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (no queue data)</source>
        <translation>%1 (keine Wartezeiten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>Signalbox::TeamLeadPanel</name>
    <message>
        <location filename="../views/teamlead/teamleadpanel.cpp" line="+56"/>
        <source>%1 (set by hand; the data says %2)</source>
        <extracomment>An answer a team lead set by hand; %2 is what the data said.</extracomment>
        <translation>%1 (von Hand gesetzt; die Daten sagen %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%1 (%n deployment(s))</source>
        <translation>
            <numerusform>%1 (%n Deployment)</numerusform>
            <numerusform>%1 (%n Deployments)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 % (%2 of %3)</source>
        <extracomment>A change failure rate: the percentage, then failed of all deployments.</extracomment>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cop&amp;y as Markdown</source>
        <translation>Als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bottleneck &amp;Checklist</source>
        <translation>Engpass-&amp;Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ORA Metrics</source>
        <translation>D&amp;ORA-Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build Times</source>
        <translation>&amp;Build-Zeiten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ove&amp;rride Answer…</source>
        <translation>Antwort übe&amp;rsteuern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this question yourself, with a note saying why (Ctrl+E)</source>
        <translation>Diese Frage selbst beantworten, mit einer Notiz, warum (Strg+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override Answer…</source>
        <translation>Antwort übersteuern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the Data&apos;s A&amp;nswer</source>
        <translation>A&amp;ntwort der Daten verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+67"/>
        <location line="+10"/>
        <location line="+46"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Trend of:</source>
        <translation>&amp;Verlauf von:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a point to list the deployments behind it.</source>
        <translation>Klicken Sie auf einen Punkt, um die Deployments dahinter aufzulisten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deployed</source>
        <translation>Deployt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments behind the point</source>
        <translation>Deployments hinter dem Punkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+272"/>
        <source>Deployment frequency</source>
        <translation>Deployment-Häufigkeit</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+272"/>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+272"/>
        <source>Time to restore</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>DORA metrics per service</source>
        <translation>DORA-Kennzahlen je Dienst</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Trend for:</source>
        <translation>&amp;Verlauf für:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median queue</source>
        <translation>Median Warteschlange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build times per service</source>
        <translation>Build-Zeiten je Dienst</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing from the cache…</source>
        <translation>Wird aus dem Cache berechnet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compute the report: %1</source>
        <translation>Der Bericht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2 · production is “%3” · computed %4</source>
        <translation>%1 bis %2 · Produktion ist „%3“ · berechnet %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a workspace to see its delivery figures.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Lieferzahlen zu sehen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Look at: %1</source>
        <translation>Ansehen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set to “%1” by %2 on %3: %4</source>
        <translation>Auf „%1“ gesetzt von %2 am %3: %4</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Override Answer</source>
        <translation>Antwort übersteuern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data says: %1. %2</source>
        <translation>Die Daten sagen: %1. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Why (kept with the answer):</source>
        <translation>&amp;Warum (wird mit der Antwort gespeichert):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Back to the data&apos;s answer.</source>
        <translation>Zurück zur Antwort der Daten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead time for changes</source>
        <translation>Vorlaufzeit für Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough data</source>
        <translation>nicht genug Daten</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>%n deployment(s) on %1</source>
        <translation>
            <numerusform>%n Deployment am %1</numerusform>
            <numerusform>%n Deployments am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deployment(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Deployment von %1 bis %2</numerusform>
            <numerusform>%n Deployments von %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Over %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Signalbox::TeamLeadPdf</name>
    <message>
        <location filename="../views/teamlead/teamleadpdf.cpp" line="+77"/>
        <source>Team lead report: %1</source>
        <translation>Bericht für Teamleitungen: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="+25"/>
        <source>Signalbox</source>
        <translation>Signalbox</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>See which failing service is the root cause, which deployments are blocked and why, and the safe order to ship them in.</source>
        <translation>Sehen Sie, welcher fehlschlagende Dienst die Grundursache ist, welche Deployments blockiert sind und warum, und in welcher Reihenfolge sie sicher ausgeliefert werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An online shop of about 30 services with a cascade, a blocked deployment and a canary under way right now</source>
        <translation>Ein Onlineshop mit etwa 30 Diensten, einer Fehlerkaskade, einem blockierten Deployment und einem gerade laufenden Canary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open a workspace file…</source>
        <translation>Arbeitsbereichsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>Signalbox::WorkspaceDiscoveryEditor</name>
    <message>
        <location filename="../services/workspace/workspacediscoveryeditor.cpp" line="+183"/>
        <source>%1: the discovery decisions could not be written so that they read back the same; nothing was written</source>
        <translation>%1: die Entscheidungen zur Erkennung ließen sich nicht so schreiben, dass sie gleich zurückgelesen werden; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot read the workspace file: %2</source>
        <translation>%1: die Arbeitsbereichsdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the workspace file cannot be read as a workspace; fix it first, nothing was written</source>
        <translation>%1: die Datei lässt sich nicht als Arbeitsbereich lesen; beheben Sie das zuerst, nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the discovery block has a problem Signalbox would lose by rewriting it; fix it first, nothing was written (%2)</source>
        <translation>%1: der discovery-Block enthält ein Problem, das beim Neuschreiben verloren ginge; beheben Sie es zuerst, nichts wurde geschrieben (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write the workspace file: %2</source>
        <translation>%1: die Arbeitsbereichsdatei kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Signalbox::WorkspaceSourcesEditor</name>
    <message>
        <location filename="../services/workspace/workspacesourceseditor.cpp" line="+234"/>
        <source>the sources list is laid out in a way this editor cannot change safely; change it by hand</source>
        <translation>die Liste sources ist so aufgebaut, dass dieser Editor sie nicht sicher ändern kann; ändern Sie sie von Hand</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not a workspace (a map with services and sources)</source>
        <translation>die Datei ist kein Arbeitsbereich (eine Map mit services und sources)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workspace is written as one { … } mapping; change its sources by hand</source>
        <translation>der Arbeitsbereich ist als eine einzige { … }-Zuordnung geschrieben; ändern Sie seine Quellen von Hand</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>sources is not a list; correct it by hand first</source>
        <translation>sources ist keine Liste; korrigieren Sie das zuerst von Hand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read this part of the workspace: %1</source>
        <translation>dieser Teil des Arbeitsbereichs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+333"/>
        <source>cannot read the workspace file: %1</source>
        <translation>die Arbeitsbereichsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace file does not exist</source>
        <translation>die Arbeitsbereichsdatei existiert nicht</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no source of kind &quot;%1&quot; is installed (known kinds: %2)</source>
        <translation>keine Quelle der Art &quot;%1&quot; installiert (bekannte Arten: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a source needs a name</source>
        <translation>eine Quelle braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;workspace&quot; is the name of the workspace&apos;s own catalog; choose another name</source>
        <translation>&quot;workspace&quot; ist der Name des eigenen Katalogs des Arbeitsbereichs; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another source is already named &quot;%1&quot;</source>
        <translation>eine andere Quelle heißt bereits &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a %1 source has no setting &quot;%2&quot;</source>
        <translation>eine %1-Quelle hat keine Einstellung &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a %1 source needs the setting &quot;%2&quot;</source>
        <translation>eine %1-Quelle braucht die Einstellung &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 source takes no token</source>
        <translation>eine %1-Quelle verwendet kein Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name of the token&apos;s environment variable may only contain letters, digits and _</source>
        <translation>der Name der Umgebungsvariable für das Token darf nur Buchstaben, Ziffern und _ enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where the token is kept looks like a token itself; a token is never written into the workspace, store it in the keychain</source>
        <translation>die Angabe, wo das Token aufbewahrt wird, sieht selbst wie ein Token aus; ein Token wird nie in den Arbeitsbereich geschrieben, speichern Sie es im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the change would leave the file unreadable (%1); nothing was changed</source>
        <translation>die Änderung würde die Datei unlesbar machen (%1); es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the change would break the sources list (%1); nothing was changed</source>
        <translation>die Änderung würde die Liste sources beschädigen (%1); es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the changed source would not be read back (%1); nothing was changed</source>
        <translation>die geänderte Quelle ließe sich nicht wieder einlesen (%1); es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the changed source would read back differently; nothing was changed</source>
        <translation>die geänderte Quelle würde anders wieder eingelesen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+107"/>
        <source>no source is named &quot;%1&quot;</source>
        <translation>es gibt keine Quelle namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the workspace file was changed by something else since it was read; nothing was written</source>
        <translation>die Arbeitsbereichsdatei wurde seit dem Lesen von anderer Seite geändert; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the workspace file: %1</source>
        <translation>die Arbeitsbereichsdatei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
</TS>
