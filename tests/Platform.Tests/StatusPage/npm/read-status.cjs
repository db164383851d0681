// Reads the platform's Statuspage-format status with the statuspage.io client library and prints what it understood.
// Usage: node read-status.cjs http://127.0.0.1:PORT
const { Statuspage } = require('statuspage.io');

(async () => {
  const client = new Statuspage('mijn-burgerprofiel');
  client.setApiUrl(process.argv[2]);
  const summary = await client.api.getSummary();
  const status = await client.api.getStatus();
  const components = await client.api.getComponents();
  const incidents = await client.api.incidents.getAll();
  const unresolved = await client.api.incidents.getUnresolved();
  const maintenances = await client.api.scheduledMaintenances.getAll();
  const upcoming = await client.api.scheduledMaintenances.getUpcoming();
  console.log(JSON.stringify({
    page: summary.page.id,
    indicator: status.status.indicator,
    components: components.components.map(c => ({ id: c.id, name: c.name, status: c.status, group: c.group })),
    incidents: incidents.incidents.map(i => ({ id: i.id, name: i.name, impact: i.impact, updates: i.incident_updates.length })),
    unresolved: unresolved.incidents.map(i => i.id),
    maintenances: maintenances.scheduled_maintenances.map(m => ({ id: m.id, name: m.name, status: m.status, scheduled_for: m.scheduled_for })),
    upcoming: upcoming.scheduled_maintenances.map(m => m.id),
  }));
})().catch(e => { console.error(e.stack || String(e)); process.exit(1); });
