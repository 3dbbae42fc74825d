// The types generated dashboards are checked against: Grafana's own published dashboard model
// (@grafana/schema, classic JSON model) with each panel's options narrowed to that panel plugin's
// published Options type. Generated files under generated/ end in `satisfies GeneratedDashboard`.
import type { AnnotationQuery, Dashboard, DataQuery, RowPanel } from '@grafana/schema';
import type { Panel } from '@grafana/schema';
import type { Options as StatOptions } from '@grafana/schema/dist/esm/raw/composable/stat/panelcfg/x/StatPanelCfg_types.gen';
import type { Options as StateTimelineOptions } from '@grafana/schema/dist/esm/raw/composable/statetimeline/panelcfg/x/StateTimelinePanelCfg_types.gen';
import type { Options as TimeSeriesOptions } from '@grafana/schema/dist/esm/raw/composable/timeseries/panelcfg/x/TimeSeriesPanelCfg_types.gen';

/**
 * The JSON form of a type. JSON has no TypeScript enums: a string enum (ThresholdsMode, …) is
 * written as one of its values, so string enums become the union of their values; numeric enums
 * already accept their numbers. Everything else keeps its shape and optionality.
 */
export type Json<T> = T extends string
  ? `${T}`
  : T extends Array<infer U>
    ? Array<Json<U>>
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

type TypedPanel<TType extends string, TOptions> = Omit<Json<Panel>, 'type' | 'options'> & {
  type: TType;
  options: Json<TOptions>;
};

/** The panel types the emitter uses; an unknown type or a missing required option fails the check. */
export type GeneratedPanel =
  | TypedPanel<'stat', StatOptions>
  | TypedPanel<'timeseries', TimeSeriesOptions>
  | TypedPanel<'state-timeline', StateTimelineOptions>
  | Json<RowPanel>;

/**
 * An annotation of the Prometheus data source: Grafana's AnnotationQuery with the PromQL in `target`
 * and, beside it, the display fields that data source reads (title, text and tag templates). The
 * published AnnotationQuery leaves those to each data source, so they are spelled out here.
 */
export type PrometheusAnnotation = Omit<Json<AnnotationQuery>, 'target'> & {
  target: Json<DataQuery> & { expr: string; interval?: string };
  titleFormat: string;
  textFormat?: string;
  tagKeys?: string;
  useValueForTime?: boolean;
};

export type GeneratedDashboard = Omit<Json<Dashboard>, 'panels' | 'annotations'> & {
  panels: GeneratedPanel[];
  annotations: { list: PrometheusAnnotation[] };
};
