/**
 * Services the bot names (helplines, numbers) and whether they are open now. Config-driven: the
 * numbers and hours live in a validated JSON file, so a charity can correct them without a release.
 */
import path from 'node:path';
import defaults from './services.default.json';
import { loadServices, readServicesFile } from './hours';
import type { ServicesConfig } from './services.schema';

export { availability, loadServices, localTime, readServicesFile, SEARCH_DAYS } from './hours';
export type { Availability, LocalTime, OpensAt } from './hours';
export { formatIssues, minutesOf, SERVICE_IDS, servicesFileSchema, WEEKDAYS } from './services.schema';
export type {
  OpeningInterval,
  ServiceConfig,
  ServiceId,
  ServicesConfig,
  Weekday,
  WeeklyHours,
} from './services.schema';

/** The bundled file, for messages and docs. The bundled data itself is imported, not read. */
export const DEFAULT_SERVICES_FILE = path.join(__dirname, 'services.default.json');

/** The bundled services file, validated. */
export function defaultServices(): ServicesConfig {
  return loadServices(defaults);
}

/** The file at `file` when given (for example from SERVICES_FILE), otherwise the bundled one. */
export function resolveServices(file?: string): ServicesConfig {
  return file ? readServicesFile(file) : defaultServices();
}
