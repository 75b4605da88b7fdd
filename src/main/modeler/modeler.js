// The analysts' modeler: bpmn-js with the properties panel and the Camunda extensions
// (candidate groups, due dates, versionTag, historyTimeToLive, properties). esbuild bundles
// this file and the libraries' CSS into target/classes/static/modeler/ at build time.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import vietnamese from './translate-vi.js';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';

/**
 * A modeler on the canvas element, its properties panel in the panel element, speaking the
 * page's language ('vi' is translated; bpmn-js itself speaks English).
 */
export function create(canvas, panel, language) {
  const translation = language === 'en' ? [] : [vietnamese];
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      ...translation
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
}
